import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { accountOf, type Caller } from '../runtime/caller';
import type { DistrictAdminCheck } from '../runtime/district-admins';
import { appError, forbidden, unauthenticated } from '../runtime/errors';
import type { DomainEvent, EventHandler } from '../runtime/events';
import { readHoursAnnouncement, type HoursAnnouncement } from '../runtime/hours-announcement';
import { isUuid, wellFormedIds } from '../runtime/ids';
import { rowLoader } from '../runtime/loaders';
import { callerRole, sees } from '../city/visibility';
import demoAccounts from '../city/data/demo-volunteer-accounts.json';

/**
 * What a district platform knows about the city's volunteers, kept from the events the core subgraphs announce:
 * which account is which volunteer (`volunteer.profile`) and their city-wide confirmed hours (`volunteer.hours`).
 * Each district keeps its own copy in its own schema; it never reads another subgraph's tables.
 */
export const VOLUNTEER_REPLICA_SQL = `CREATE TABLE volunteer_replica (
  volunteer_id uuid PRIMARY KEY,
  account_id varchar(128) UNIQUE,
  district_code varchar(32),
  status varchar(16) NOT NULL DEFAULT 'ACTIVE',
  confirmed_hours numeric(10,2) NOT NULL DEFAULT 0,
  hours_version bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Adds the version of the hours total to replicas created before versions existed (a district whose migrations
 * created `volunteer_replica` then lists this one after them; a fresh table already has it). Rows kept so far start
 * at 0, below the first versioned total.
 */
export class ReplicaHoursVersion1764310000000 implements MigrationInterface {
  name = 'ReplicaHoursVersion1764310000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer_replica ADD COLUMN IF NOT EXISTS hours_version bigint NOT NULL DEFAULT 0');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer_replica DROP COLUMN hours_version');
  }
}

export interface ReplicaVolunteer {
  volunteerId: string;
  accountId: string | null;
  districtCode: string | null;
  status: string;
  confirmedHours: number;
}

type Db = Pick<EntityManager, 'query'>;

const COLUMNS = `volunteer_id AS "volunteerId", account_id AS "accountId", district_code AS "districtCode", status,
  confirmed_hours::float8 AS "confirmedHours"`;

interface ProfilePayload {
  volunteerId: string;
  accountId: string;
  districtCode?: string | null;
  status?: string;
}

const volunteerProfile: EventHandler = async (event: DomainEvent<ProfilePayload>, m) => {
  const p = event.payload;
  if (!isUuid(p.volunteerId) || !p.accountId) return;
  // An account belongs to one volunteer: a row that held it before lets go first.
  await m.query('UPDATE volunteer_replica SET account_id = NULL WHERE account_id = $1 AND volunteer_id <> $2', [
    p.accountId,
    p.volunteerId,
  ]);
  await m.query(
    `INSERT INTO volunteer_replica (volunteer_id, account_id, district_code, status) VALUES ($1, $2, $3, $4)
     ON CONFLICT (volunteer_id) DO UPDATE SET account_id = $2, district_code = $3, status = $4, updated_at = now()`,
    [p.volunteerId, p.accountId, p.districtCode ?? null, p.status ?? 'ACTIVE'],
  );
};

/** Only a total newer than the one held replaces it, whatever order totals arrive in (see HoursAnnouncement). */
const volunteerHours: EventHandler = async (event: DomainEvent<Partial<HoursAnnouncement>>, m) => {
  const p = readHoursAnnouncement(event.payload);
  if (!p) return;
  await m.query(
    `INSERT INTO volunteer_replica (volunteer_id, confirmed_hours, hours_version) VALUES ($1, $2, $3)
     ON CONFLICT (volunteer_id) DO UPDATE SET confirmed_hours = $2, hours_version = $3, updated_at = now()
      WHERE volunteer_replica.hours_version <= $3`,
    [p.volunteerId, p.confirmedHours, p.version],
  );
};

/** Handlers a district adds to its `consumes` to keep the replica. */
export const volunteerReplicaConsumers: Record<string, EventHandler> = {
  'volunteer.profile': volunteerProfile,
  'volunteer.hours': volunteerHours,
};

export async function replicasByIds(db: Db, ids: readonly string[]): Promise<ReplicaVolunteer[]> {
  return db.query(`SELECT ${COLUMNS} FROM volunteer_replica WHERE volunteer_id = ANY($1)`, [wellFormedIds(ids)]);
}

/** A DataLoader of replica rows by volunteer id. */
export const replicaLoader = (db: Db) =>
  rowLoader(
    (ids: readonly string[]) => replicasByIds(db, ids),
    (v) => v.volunteerId,
  );

export async function replicaOfAccount(db: Db, accountId: string): Promise<ReplicaVolunteer | null> {
  const rows = await db.query(`SELECT ${COLUMNS} FROM volunteer_replica WHERE account_id = $1`, [accountId]);
  return rows[0] ?? null;
}

/**
 * The registered volunteer a signed-in citizen acts as, for district mutations on their own records. Admins and
 * partner apps do not act as volunteers here.
 */
export async function actingVolunteer(db: Db, caller: Caller): Promise<ReplicaVolunteer> {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a volunteer first.');
  if (caller.kind !== 'volunteer') throw forbidden('Only a volunteer signed in with their own account can do this.');
  const me = await replicaOfAccount(db, accountOf(caller)!);
  if (!me || me.status !== 'ACTIVE') {
    throw appError('NOT_REGISTERED', 'Register as a volunteer first (or wait a moment if you just registered).');
  }
  return me;
}

/** The city's demo volunteers, inserted only where absent so facts delivered by events are never overwritten. */
export async function seedDemoVolunteerReplicas(db: DataSource): Promise<void> {
  await db.query(
    `INSERT INTO volunteer_replica (volunteer_id, account_id, district_code)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
     ON CONFLICT (volunteer_id) DO UPDATE SET account_id = EXCLUDED.account_id, district_code = EXCLUDED.district_code
      WHERE volunteer_replica.account_id IS NULL`,
    [
      demoAccounts.map((v) => v.volunteerId),
      demoAccounts.map((v) => v.accountId),
      demoAccounts.map((v) => v.districtCode),
    ],
  );
}

/** The registered volunteer a signed-in citizen is (volunteer tokens only), looked up at most once per request. */
export function callerVolunteer(db: Db, caller: Caller): () => Promise<ReplicaVolunteer | null> {
  let me: Promise<ReplicaVolunteer | null> | undefined;
  return () => (me ??= caller.kind === 'volunteer' ? replicaOfAccount(db, accountOf(caller)!) : Promise.resolve(null));
}

/** What deciding who reads a volunteer's district account needs, from the district's request context. */
export interface AccountReadCheck {
  caller: Caller;
  administers: DistrictAdminCheck;
  /** The caller as a registered volunteer (`callerVolunteer`). */
  me: () => Promise<ReplicaVolunteer | null>;
  /** Any volunteer's replica row (`replicaLoader`), for their home district. */
  volunteer: { load: (id: string) => Promise<ReplicaVolunteer | null> };
}

/**
 * A volunteer's district account (Pidu's time bank, Xinjin's points) is personal data, as the visibility table's
 * `field` row says: today the volunteer, city admins, and the admins of the district the volunteer LIVES in.
 * Running the platform gives a district's admin no view of residents of other districts who happen to use it; a
 * volunteer whose home district is not known yet is seen by themself and city admins only. Partner apps are not
 * handed district accounts (`me` knows volunteer tokens only).
 */
export async function mayReadDistrictAccount(
  check: AccountReadCheck,
  volunteerId: string,
  field: 'piduAccount' | 'xinjinAccount',
): Promise<boolean> {
  const { caller } = check;
  const me = caller.kind === 'volunteer' ? await check.me() : null;
  let administersHome = false;
  if (caller.kind === 'districtAdmin') {
    const home = (await check.volunteer.load(volunteerId))?.districtCode;
    administersHome = home ? await check.administers(home) : false;
  }
  const role = callerRole(caller, {
    subjectAccountId: me?.volunteerId === volunteerId ? me.accountId : null,
    administersHome,
  });
  return sees(field, role);
}
