import { exec, maybeOne, type Db } from '../../kit/runtime/sql';

/**
 * Whether an organization may publish (and its name, for keyword search), replicated from the organizations
 * subgraph's events. Volunteers are replicated by the kit (kit/district/volunteers.ts), as in every subgraph.
 */
export interface OrganizationStanding {
  organizationId: string;
  name: string;
  districtCode: string;
  verified: boolean;
  suspended: boolean;
}

export async function upsertStanding(db: Db, s: OrganizationStanding): Promise<void> {
  await exec(
    db,
    `INSERT INTO organization_standing (organization_id, name, district_code, verified, suspended)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (organization_id) DO UPDATE SET name = $2, district_code = $3, verified = $4, suspended = $5,
     updated_at = now()`,
    [s.organizationId, s.name, s.districtCode, s.verified, s.suspended],
  );
}

export function standingOf(db: Db, organizationId: string): Promise<OrganizationStanding | null> {
  return maybeOne<OrganizationStanding>(
    db,
    `SELECT organization_id AS "organizationId", name, district_code AS "districtCode", verified, suspended
       FROM organization_standing WHERE organization_id = $1`,
    [organizationId],
  );
}

/** Demo standings, inserted only where absent so facts delivered by real events are never overwritten. */
export async function seedStandings(db: Db, standings: OrganizationStanding[]): Promise<void> {
  await exec(
    db,
    `INSERT INTO organization_standing (organization_id, name, district_code, verified, suspended)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[], $5::boolean[]) ON CONFLICT DO NOTHING`,
    [
      standings.map((s) => s.organizationId),
      standings.map((s) => s.name),
      standings.map((s) => s.districtCode),
      standings.map((s) => s.verified),
      standings.map((s) => s.suspended),
    ],
  );
}
