import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

/** What the board needs to know of a volunteer, from the volunteers subgraph's `volunteer.profile` events. */
export interface Profile {
  volunteerId: string;
  accountId: string;
  districtCode: string | null;
  status: string;
}

export async function upsertProfile(db: Db, p: Profile): Promise<void> {
  // An account moves to a new volunteer id only if the volunteers subgraph says so; the old row lets go of it first.
  await db.query('DELETE FROM volunteer_profile WHERE account_id = $1 AND volunteer_id <> $2', [
    p.accountId,
    p.volunteerId,
  ]);
  await db.query(
    `INSERT INTO volunteer_profile (volunteer_id, account_id, district_code, status) VALUES ($1, $2, $3, $4)
     ON CONFLICT (volunteer_id) DO UPDATE SET account_id = $2, district_code = $3, status = $4, updated_at = now()`,
    [p.volunteerId, p.accountId, p.districtCode, p.status],
  );
}

export async function profileOfAccount(db: Db, accountId: string): Promise<Profile | null> {
  const rows = await db.query(
    `SELECT volunteer_id AS "volunteerId", account_id AS "accountId", district_code AS "districtCode", status
       FROM volunteer_profile WHERE account_id = $1`,
    [accountId],
  );
  return rows[0] ?? null;
}

/** Demo profiles, only where absent so facts delivered by real events are never overwritten. */
export async function seedProfiles(db: Db, profiles: Profile[]): Promise<void> {
  await db.query(
    `INSERT INTO volunteer_profile (volunteer_id, account_id, district_code, status)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
    [
      profiles.map((p) => p.volunteerId),
      profiles.map((p) => p.accountId),
      profiles.map((p) => p.districtCode),
      profiles.map((p) => p.status),
    ],
  );
}
