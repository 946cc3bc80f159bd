import type { ConsentInForce } from '../city/consent';
import { wellFormedIds } from '../runtime/ids';
import { exec, maybeOne, rows, type Db } from '../runtime/sql';

/**
 * The one copy of the city's volunteers a subgraph keeps (its own table, in its own schema), filled from the
 * volunteers subgraph's `volunteer.profile` and the projects subgraph's `volunteer.hours`. Every subgraph that keeps
 * one has this shape; what it fills depends on what it consumes (volunteers.ts): birth date and skills only where
 * sign-up eligibility needs them, hours only where they are counted, the consents in force (`volunteer.consents`)
 * only where partner apps read personal data through the subgraph. `account_id` is null for a volunteer known only
 * from their hours so far. `share_with_partners` is the deprecated global switch: kept for the shape, never read.
 */
export const VOLUNTEER_REPLICA_SQL = `CREATE TABLE volunteer_replica (
  volunteer_id uuid PRIMARY KEY,
  account_id varchar(128) UNIQUE,
  district_code varchar(32),
  birth_date date,
  skills text[] NOT NULL DEFAULT '{}',
  status varchar(16) NOT NULL DEFAULT 'ACTIVE',
  confirmed_hours numeric(10,2) NOT NULL DEFAULT 0,
  hours_version bigint NOT NULL DEFAULT 0,
  share_with_partners boolean NOT NULL DEFAULT false,
  consents jsonb NOT NULL DEFAULT '[]',
  consents_version bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

export interface ReplicaVolunteer {
  volunteerId: string;
  accountId: string | null;
  districtCode: string | null;
  /** YYYY-MM-DD, kept only where eligibility needs it. */
  birthDate: string | null;
  skills: string[];
  status: string;
  confirmedHours: number;
  /** Deprecated global switch, never read: consents are per app now (`consents`). */
  shareWithPartners: boolean;
  /** The consents in force, kept only where the `consent` option asks (else none). */
  consents: ConsentInForce[];
}

/** What a profile announcement (or a demo seed) writes; consents come from their own event (or the seed). */
export type ReplicaProfile = Omit<ReplicaVolunteer, 'confirmedHours' | 'consents'> & { consents?: ConsentInForce[] };

const COLUMNS = `volunteer_id AS "volunteerId", account_id AS "accountId", district_code AS "districtCode",
  to_char(birth_date, 'YYYY-MM-DD') AS "birthDate", skills, status, confirmed_hours::float8 AS "confirmedHours",
  share_with_partners AS "shareWithPartners", consents`;

/** A volunteer's profile replaces the one held; an account belongs to one volunteer, so a row that held it lets go. */
export async function upsertReplicaProfile(db: Db, p: ReplicaProfile): Promise<void> {
  await exec(db, 'UPDATE volunteer_replica SET account_id = NULL WHERE account_id = $1 AND volunteer_id <> $2', [
    p.accountId,
    p.volunteerId,
  ]);
  await exec(
    db,
    `INSERT INTO volunteer_replica (volunteer_id, account_id, district_code, birth_date, skills, status,
       share_with_partners)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (volunteer_id) DO UPDATE SET account_id = $2, district_code = $3, birth_date = $4, skills = $5,
       status = $6, share_with_partners = $7, updated_at = now()
      WHERE volunteer_replica.status <> '${DEREGISTERED}'`,
    [p.volunteerId, p.accountId, p.districtCode, p.birthDate, p.skills, p.status, p.shareWithPartners],
  );
}

/**
 * A volunteer's consents in force replace those held when the announcement is newer (its version), whatever order
 * announcements arrive in; a volunteer not known yet gets a row holding them until their profile arrives.
 */
export async function upsertReplicaConsents(
  db: Db,
  volunteerId: string,
  consents: readonly ConsentInForce[],
  version: number,
): Promise<void> {
  await exec(
    db,
    `INSERT INTO volunteer_replica (volunteer_id, consents, consents_version) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (volunteer_id) DO UPDATE SET consents = $2::jsonb, consents_version = $3, updated_at = now()
      WHERE volunteer_replica.consents_version < $3 AND volunteer_replica.status <> '${DEREGISTERED}'`,
    [volunteerId, JSON.stringify(consents), version],
  );
}

/** The status a replica row takes when its volunteer deregisters; such a row never comes back to life. */
export const DEREGISTERED = 'DEREGISTERED';

/**
 * Erases what the replica knows of a deregistered volunteer: the account (so the person may register anew), home
 * district, birth date, skills and consent. The row stays, keyed by the random volunteer id alone, so hours and
 * records kept elsewhere in the subgraph still add up and a late announcement cannot bring the person back. The
 * update locks the row, as sign-ups do, so a sign-up racing the deregistration either commits before (and is
 * cancelled by the subgraph's own handler) or finds no registration for the account and is refused.
 */
export async function eraseReplica(db: Db, volunteerId: string): Promise<void> {
  await exec(
    db,
    `INSERT INTO volunteer_replica (volunteer_id, status) VALUES ($1, '${DEREGISTERED}')
     ON CONFLICT (volunteer_id) DO UPDATE SET account_id = NULL, district_code = NULL, birth_date = NULL,
       skills = '{}', share_with_partners = false, consents = '[]', status = '${DEREGISTERED}', updated_at = now()`,
    [volunteerId],
  );
}

/** Only a total newer than the one held replaces it, whatever order totals arrive in. */
export async function upsertReplicaHours(db: Db, volunteerId: string, hours: number, version: number): Promise<void> {
  await exec(
    db,
    `INSERT INTO volunteer_replica (volunteer_id, confirmed_hours, hours_version) VALUES ($1, $2, $3)
     ON CONFLICT (volunteer_id) DO UPDATE SET confirmed_hours = $2, hours_version = $3, updated_at = now()
      WHERE volunteer_replica.hours_version <= $3`,
    [volunteerId, hours, version],
  );
}

/** Volunteers by id; with `lock`, locked in id order (so two transactions locking overlapping sets never deadlock). */
export function replicasByIds(db: Db, ids: readonly string[], lock = false): Promise<ReplicaVolunteer[]> {
  return rows<ReplicaVolunteer>(
    db,
    `SELECT ${COLUMNS} FROM volunteer_replica WHERE volunteer_id = ANY($1)
     ${lock ? 'ORDER BY volunteer_id FOR UPDATE' : ''}`,
    [wellFormedIds(ids)],
  );
}

/** The volunteer an account is, locked for the rest of the transaction when `lock` is set. */
export function replicaOfAccount(db: Db, accountId: string, lock = false): Promise<ReplicaVolunteer | null> {
  return maybeOne<ReplicaVolunteer>(
    db,
    `SELECT ${COLUMNS} FROM volunteer_replica WHERE account_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [accountId],
  );
}

/**
 * Demo volunteers, written only where the replica knows no account for them yet (a row from their hours alone
 * gets its account), and never taking an account an announced volunteer holds: facts delivered by events win.
 */
export async function seedReplicaProfiles(db: Db, profiles: readonly Partial<ReplicaProfile>[]): Promise<void> {
  await exec(
    db,
    `INSERT INTO volunteer_replica (volunteer_id, account_id, district_code, birth_date, skills, status,
       share_with_partners, consents)
     SELECT t.volunteer_id, t.account_id, t.district_code, t.birth_date, coalesce(t.skills, '{}'),
            coalesce(t.status, 'ACTIVE'), coalesce(t.share_with_partners, false), coalesce(t.consents, '[]')
       FROM jsonb_to_recordset($1::jsonb) AS t(volunteer_id uuid, account_id text, district_code text, birth_date date,
            skills text[], status text, share_with_partners boolean, consents jsonb)
      WHERE NOT EXISTS (SELECT 1 FROM volunteer_replica r WHERE r.account_id = t.account_id)
     ON CONFLICT (volunteer_id) DO UPDATE SET account_id = EXCLUDED.account_id, district_code = EXCLUDED.district_code,
       birth_date = EXCLUDED.birth_date, skills = EXCLUDED.skills, status = EXCLUDED.status,
       share_with_partners = EXCLUDED.share_with_partners, consents = EXCLUDED.consents
      WHERE volunteer_replica.account_id IS NULL`,
    [
      JSON.stringify(
        profiles.map((p) => ({
          volunteer_id: p.volunteerId,
          account_id: p.accountId,
          district_code: p.districtCode ?? null,
          birth_date: p.birthDate ?? null,
          skills: p.skills ?? null,
          status: p.status ?? null,
          share_with_partners: p.shareWithPartners ?? null,
          consents: p.consents ?? null,
        })),
      ),
    ],
  );
}
