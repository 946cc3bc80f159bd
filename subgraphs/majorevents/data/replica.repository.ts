import type { EntityManager } from 'typeorm';
import { exec, maybeOne, type Db } from '../../kit/runtime/sql';

/**
 * What this subgraph keeps of other subgraphs' facts, from their events: organizations' names and districts
 * (`organization.standing`: a host or unit must exist) and specialist teams' members (`team.members`, whole lists
 * with a version, so an older list never replaces a newer one).
 */
export interface Standing {
  organizationId: string;
  name: string;
  districtCode: string;
}

export async function upsertStanding(m: EntityManager, s: Standing): Promise<void> {
  await exec(
    m,
    `INSERT INTO organization_standing (organization_id, name, district_code) VALUES ($1, $2, $3)
     ON CONFLICT (organization_id) DO UPDATE SET name = EXCLUDED.name, district_code = EXCLUDED.district_code`,
    [s.organizationId, s.name, s.districtCode],
  );
}

export function standingOf(db: Db, organizationId: string): Promise<Standing | null> {
  return maybeOne<Standing>(
    db,
    `SELECT organization_id AS "organizationId", name, district_code AS "districtCode"
       FROM organization_standing WHERE organization_id = $1`,
    [organizationId],
  );
}

export async function saveRoster(
  m: EntityManager,
  r: { teamId: string; organizationId: string; memberIds: string[]; version: number },
): Promise<void> {
  await exec(
    m,
    `INSERT INTO team_roster (team_id, organization_id, member_ids, version) VALUES ($1, $2, $3, $4)
     ON CONFLICT (team_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
       member_ids = EXCLUDED.member_ids, version = EXCLUDED.version
     WHERE team_roster.version < EXCLUDED.version`,
    [r.teamId, r.organizationId, r.memberIds, r.version],
  );
}

export function rosterOf(db: Db, teamId: string): Promise<{ memberIds: string[] } | null> {
  return maybeOne(db, 'SELECT member_ids AS "memberIds" FROM team_roster WHERE team_id = $1', [teamId]);
}

/** Demo organizations, inserted only where absent so facts delivered by real events are never overwritten. */
export async function seedStandings(db: Db, standings: Standing[]): Promise<void> {
  await exec(
    db,
    `INSERT INTO organization_standing (organization_id, name, district_code)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
    [standings.map((s) => s.organizationId), standings.map((s) => s.name), standings.map((s) => s.districtCode)],
  );
}
