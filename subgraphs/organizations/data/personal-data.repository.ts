import type { DataSource, EntityManager } from 'typeorm';
import { exec, rows } from '../../kit/runtime/sql';

/**
 * What this subgraph holds about one person (issue 11.3): their team memberships and join requests (keyed by their
 * account, with the notes given) and the link of their account to their volunteer id.
 */
export function membershipsOfAccount(db: DataSource, accountId: string) {
  return rows<{ requestedAt: Date; decidedAt: Date | null } & Record<string, unknown>>(
    db,
    `SELECT m.team_id AS "teamId", t.name AS "teamName", t.organization_id AS "organizationId", m.role, m.status,
            m.note, m.decline_reason AS "declineReason", m.requested_at AS "requestedAt", m.decided_at AS "decidedAt"
       FROM team_member m JOIN team t ON t.id = m.team_id
      WHERE m.account_id = $1 ORDER BY m.requested_at, m.id`,
    [accountId],
  );
}

/**
 * Deregistration: the person's memberships, requests and account link go; teams keep their other members. Returns
 * the teams the person was an active member of (their member lists changed).
 */
export async function eraseMemberships(
  m: EntityManager,
  p: { accountId: string; volunteerId: string },
): Promise<string[]> {
  const gone = await rows<{ team_id: string; status: string }>(
    m,
    'DELETE FROM team_member WHERE account_id = $1 OR volunteer_id = $2 RETURNING team_id, status',
    [p.accountId, p.volunteerId],
  );
  await exec(m, 'DELETE FROM volunteer_account WHERE account_id = $1 OR volunteer_id = $2', [
    p.accountId,
    p.volunteerId,
  ]);
  return [...new Set(gone.filter((r) => r.status === 'ACTIVE').map((r) => r.team_id))];
}
