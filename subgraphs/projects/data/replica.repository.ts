import type { EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';

/**
 * Replicas of facts other subgraphs own, kept from their events: whether an organization may publish (and its name,
 * for keyword search), and a volunteer's account, age and skills for sign-up eligibility.
 */
export interface OrganizationStanding {
  organizationId: string;
  name: string;
  districtCode: string;
  verified: boolean;
  suspended: boolean;
}

export interface VolunteerProfile {
  volunteerId: string;
  accountId: string;
  districtCode: string | null;
  birthDate: string | null;
  skills: string[];
  status: string;
  /** The volunteer's consent to sharing with partner apps (absent: none). */
  shareWithPartners?: boolean;
}

type Db = Pick<EntityManager, 'query'>;

export async function upsertStanding(db: Db, s: OrganizationStanding): Promise<void> {
  await db.query(
    `INSERT INTO organization_standing (organization_id, name, district_code, verified, suspended)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (organization_id) DO UPDATE SET name = $2, district_code = $3, verified = $4, suspended = $5, updated_at = now()`,
    [s.organizationId, s.name, s.districtCode, s.verified, s.suspended],
  );
}

export async function standingOf(db: Db, organizationId: string): Promise<OrganizationStanding | null> {
  const rows = await db.query(
    `SELECT organization_id AS "organizationId", name, district_code AS "districtCode", verified, suspended
       FROM organization_standing WHERE organization_id = $1`,
    [organizationId],
  );
  return rows[0] ?? null;
}

export async function upsertProfile(db: Db, p: VolunteerProfile): Promise<void> {
  // An account moves to a new volunteer id only if the volunteers subgraph says so; the old row lets go of it first.
  await db.query('DELETE FROM volunteer_profile WHERE account_id = $1 AND volunteer_id <> $2', [
    p.accountId,
    p.volunteerId,
  ]);
  await db.query(
    `INSERT INTO volunteer_profile (volunteer_id, account_id, district_code, birth_date, skills, status, share_with_partners)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (volunteer_id) DO UPDATE SET account_id = $2, district_code = $3, birth_date = $4, skills = $5, status = $6,
       share_with_partners = $7, updated_at = now()`,
    [p.volunteerId, p.accountId, p.districtCode, p.birthDate, p.skills, p.status, p.shareWithPartners === true],
  );
}

const PROFILE_COLUMNS = `volunteer_id AS "volunteerId", account_id AS "accountId", district_code AS "districtCode",
  to_char(birth_date, 'YYYY-MM-DD') AS "birthDate", skills, status, share_with_partners AS "shareWithPartners"`;

/** The profile of a signed-in account, locked for the rest of the transaction when `lock` is set. */
export async function profileOfAccount(db: Db, accountId: string, lock = false): Promise<VolunteerProfile | null> {
  const rows = await db.query(
    `SELECT ${PROFILE_COLUMNS} FROM volunteer_profile WHERE account_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [accountId],
  );
  return rows[0] ?? null;
}

/** Profiles of many volunteers in one statement (district checks over a page of volunteers). */
export function profilesByIds(db: Db, volunteerIds: readonly string[]): Promise<VolunteerProfile[]> {
  return db.query(`SELECT ${PROFILE_COLUMNS} FROM volunteer_profile WHERE volunteer_id = ANY($1)`, [
    wellFormedIds(volunteerIds),
  ]);
}

/** Demo replicas, inserted only where absent so facts delivered by real events are never overwritten. */
export async function seedReplicas(
  db: Db,
  standings: OrganizationStanding[],
  profiles: VolunteerProfile[],
): Promise<void> {
  await db.query(
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
  for (const p of profiles) {
    await db.query(
      `INSERT INTO volunteer_profile (volunteer_id, account_id, district_code, birth_date, skills, status, share_with_partners)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [p.volunteerId, p.accountId, p.districtCode, p.birthDate, p.skills, p.status, p.shareWithPartners === true],
    );
  }
}
