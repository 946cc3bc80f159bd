import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, toConnection, type Connection } from '../../kit/runtime/connection';
import type { EventPayload } from '../../kit/runtime/event-catalogue';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, exec, maybeEntity, maybeOne, one, oneEntity, rows } from '../../kit/runtime/sql';
import { timePage } from './page.repository';
import { TeamMemberEntity } from './team-member.entity';
import { TeamEntity } from './team.entity';

export function teamsByIds(db: DataSource, ids: readonly string[]): Promise<TeamEntity[]> {
  return entities(db, TeamEntity, 'SELECT * FROM team WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

export function teamsOfOrganizations(db: DataSource, organizationIds: readonly string[]): Promise<TeamEntity[]> {
  return entities(db, TeamEntity, 'SELECT * FROM team WHERE organization_id = ANY($1) ORDER BY created_at, id', [
    wellFormedIds(organizationIds),
  ]);
}

export interface TeamFilter {
  kind?: string | null;
  specialty?: string | null;
  organizationId?: string | null;
}

export function teamsPage(db: DataSource, filter: TeamFilter, size: number, after?: string | null) {
  const filters = { kind: filter.kind, specialty: filter.specialty, organization_id: filter.organizationId };
  return timePage(db, TeamEntity, 'team', filters, 'created_at', (t) => t.createdAt, size, after);
}

export function activeMemberCounts(
  db: DataSource,
  teamIds: readonly string[],
): Promise<{ key: string; count: string }[]> {
  return rows(
    db,
    `SELECT team_id AS key, count(*) AS count FROM team_member WHERE team_id = ANY($1) AND status = 'ACTIVE'
      GROUP BY team_id`,
    [wellFormedIds(teamIds)],
  );
}

/** An account's memberships (or requests) in the given teams. */
export function membershipsOf(
  db: DataSource,
  accountId: string,
  teamIds: readonly string[],
): Promise<TeamMemberEntity[]> {
  return entities(db, TeamMemberEntity, 'SELECT * FROM team_member WHERE account_id = $1 AND team_id = ANY($2)', [
    accountId,
    wellFormedIds(teamIds),
  ]);
}

export function membersByIds(db: DataSource, ids: readonly string[]): Promise<TeamMemberEntity[]> {
  return entities(db, TeamMemberEntity, 'SELECT * FROM team_member WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

const memberCursor = (m: TeamMemberEntity) => [m.role, m.requestedAt.toISOString(), m.id];

/**
 * The same page (leaders first, then by request time) of the members of several teams in one statement: each team's
 * rows are numbered and cut at `size + 1`, so a list of teams with their members costs one query, not one per team.
 */
export async function memberPages(
  db: DataSource,
  teamIds: readonly string[],
  size: number,
  after?: string | null,
): Promise<Map<string, Connection<TeamMemberEntity>>> {
  const cursor = decodeCursor(after, ['text', 'timestamp', 'uuid']);
  const params: unknown[] = [wellFormedIds(teamIds), size + 1];
  const afterSql = cursor
    ? `AND (role, requested_at, id)
         > ($${params.push(cursor[0])}, $${params.push(cursor[1])}, $${params.push(cursor[2])})`
    : '';
  const found = await entities(
    db,
    TeamMemberEntity,
    `SELECT m.* FROM team_member m WHERE m.id IN (SELECT id FROM (
       SELECT id, row_number() OVER (PARTITION BY team_id ORDER BY role, requested_at, id) AS n
       FROM team_member WHERE team_id = ANY($1) AND status <> 'DECLINED' ${afterSql}) ranked WHERE n <= $2)
     ORDER BY m.role, m.requested_at, m.id`,
    params,
  );
  const byTeam = new Map<string, TeamMemberEntity[]>(teamIds.map((id) => [id, []]));
  for (const row of found) byTeam.get(row.teamId)?.push(row);
  return new Map([...byTeam].map(([teamId, list]) => [teamId, toConnection(list, size, memberCursor)]));
}

export function lockMember(m: EntityManager, id: string): Promise<TeamMemberEntity | null> {
  return maybeEntity(m, TeamMemberEntity, 'SELECT * FROM team_member WHERE id = $1 FOR UPDATE', [id]);
}

export function lockMembership(m: EntityManager, teamId: string, accountId: string): Promise<TeamMemberEntity | null> {
  return maybeEntity(
    m,
    TeamMemberEntity,
    'SELECT * FROM team_member WHERE team_id = $1 AND account_id = $2 LIMIT 1 FOR UPDATE',
    [teamId, accountId],
  );
}

export async function isActiveLeader(m: EntityManager, teamId: string, accountId: string): Promise<boolean> {
  const found = await maybeOne<{ one: number }>(
    m,
    `SELECT 1 AS one FROM team_member WHERE team_id = $1 AND account_id = $2 AND role = 'LEADER' AND status = 'ACTIVE'
      LIMIT 1`,
    [teamId, accountId],
  );
  return found !== null;
}

/** A membership as a request or decision leaves it: new (no id) or a locked one written back. */
export type MemberDraft = Omit<TeamMemberEntity, 'id' | 'requestedAt' | 'note' | 'declineReason' | 'decidedAt'> &
  Partial<Pick<TeamMemberEntity, 'id' | 'requestedAt' | 'note' | 'declineReason' | 'decidedAt'>>;

/**
 * Inserts a membership (request time now unless given) or, with an id, writes a locked one back whole. A second
 * membership of one account in one team is a unique violation the caller turns into CONFLICT.
 */
export function saveMember(m: EntityManager, member: MemberDraft): Promise<TeamMemberEntity> {
  const values = [
    member.teamId,
    member.accountId,
    member.volunteerId,
    member.role,
    member.status,
    member.note ?? null,
    member.declineReason ?? null,
    member.requestedAt ?? null,
    member.decidedAt ?? null,
  ];
  if (member.id) {
    return oneEntity(
      m,
      TeamMemberEntity,
      `UPDATE team_member SET team_id = $2, account_id = $3, volunteer_id = $4, role = $5, status = $6, note = $7,
         decline_reason = $8, requested_at = coalesce($9::timestamptz, requested_at), decided_at = $10
       WHERE id = $1 RETURNING *`,
      [member.id, ...values],
    );
  }
  return oneEntity(
    m,
    TeamMemberEntity,
    `INSERT INTO team_member (team_id, account_id, volunteer_id, role, status, note, decline_reason, requested_at,
       decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8::timestamptz, now()), $9) RETURNING *`,
    values,
  );
}

export function insertTeam(
  m: EntityManager,
  team: Pick<TeamEntity, 'organizationId' | 'name' | 'kind' | 'specialty' | 'description'>,
): Promise<TeamEntity> {
  return oneEntity(
    m,
    TeamEntity,
    'INSERT INTO team (organization_id, name, kind, specialty, description) VALUES ($1, $2, $3, $4, $5) RETURNING *',
    [team.organizationId, team.name, team.kind, team.specialty, team.description],
  );
}

export async function volunteerIdOf(m: EntityManager, accountId: string): Promise<string | null> {
  const row = await maybeOne<{ volunteer_id: string }>(
    m,
    'SELECT volunteer_id FROM volunteer_account WHERE account_id = $1 LIMIT 1',
    [accountId],
  );
  return row?.volunteer_id ?? null;
}

/**
 * Records which volunteer an account registered as (event `volunteer.profile`) and fills it into that account's
 * memberships.
 */
export async function linkVolunteerAccount(
  m: EntityManager,
  { accountId, volunteerId }: Pick<EventPayload<'volunteer.profile'>, 'accountId' | 'volunteerId'>,
): Promise<string[]> {
  await exec(
    m,
    `INSERT INTO volunteer_account (account_id, volunteer_id) VALUES ($1, $2)
     ON CONFLICT (account_id) DO UPDATE SET volunteer_id = EXCLUDED.volunteer_id`,
    [accountId, volunteerId],
  );
  // The teams where an active member just became known as a volunteer: their announced member lists grow.
  const linked = await rows<{ team_id: string; status: string }>(
    m,
    `UPDATE team_member SET volunteer_id = $2 WHERE account_id = $1 AND volunteer_id IS NULL
     RETURNING team_id, status`,
    [accountId, volunteerId],
  );
  return [...new Set(linked.filter((r) => r.status === 'ACTIVE').map((r) => r.team_id))];
}

/**
 * A team's active members known as volunteers, with the list's next version; call it in the transaction of the
 * change (the team's row is locked by the version's UPDATE), so versions follow the order changes commit in.
 */
export async function nextTeamMembers(
  m: EntityManager,
  teamId: string,
): Promise<{ organizationId: string; memberIds: string[]; version: number }> {
  const team = await one<{ organization_id: string; members_version: number }>(
    m,
    'UPDATE team SET members_version = members_version + 1 WHERE id = $1 RETURNING organization_id, members_version',
    [teamId],
  );
  const members = await rows<{ volunteer_id: string }>(
    m,
    `SELECT DISTINCT volunteer_id FROM team_member
      WHERE team_id = $1 AND status = 'ACTIVE' AND volunteer_id IS NOT NULL ORDER BY volunteer_id`,
    [teamId],
  );
  return {
    organizationId: team.organization_id,
    memberIds: members.map((r) => r.volunteer_id),
    version: team.members_version,
  };
}

/** Teams whose member list was never announced (the demo's, on first start). */
export async function unannouncedTeams(m: EntityManager): Promise<string[]> {
  return (await rows<{ id: string }>(m, 'SELECT id FROM team WHERE members_version = 0 ORDER BY id')).map((r) => r.id);
}
