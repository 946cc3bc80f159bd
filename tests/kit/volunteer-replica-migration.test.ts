import { DataSource, type MigrationInterface } from 'typeorm';
import {
  ReplicaConsents1764900000000,
  ReplicaOneShape1764700000000,
  ReplicaPartnerConsent1764800000000,
} from '../../subgraphs/kit/district/volunteers';
import { createDataSource, openDatabase } from '../../subgraphs/kit/runtime/database';
import { createLogger } from '../../subgraphs/kit/runtime/log';
import { projects } from '../../subgraphs/projects/module';
import { replicaOfAccount, replicasByIds } from '../../subgraphs/kit/district/volunteer-replica.repository';
import { VolunteerReplica1764700000000 as ProjectsReplica } from '../../subgraphs/projects/migrations/1764700000000-volunteer-replica';
import { VolunteerReplica1764700000000 as WuhouReplica } from '../../subgraphs/wuhou/migrations/1764700000000-volunteer-replica';
import { dropSubgraphSchemas } from '../testkit/database';
import { testDatabaseUrl } from '../testkit/city';

/**
 * A running city upgrades in place: the volunteers projects and Wuhou kept in `volunteer_profile`, and Pidu's and
 * Xinjin's `volunteer_replica` from before the one shape, become the kit's replica with nothing lost, and the kit
 * reads them. Each case works in a schema of its own, built as the previous migrations left it.
 */
const A = '20000000-0000-4000-8000-000000000001';
const B = '20000000-0000-4000-8000-000000000002';
const SCHEMAS = ['mig_projects', 'mig_wuhou', 'mig_pidu', 'mig_fresh', 'mig_from_main', 'mig_from_visibility'];

let db: DataSource;
beforeAll(async () => {
  await dropSubgraphSchemas(testDatabaseUrl(), SCHEMAS);
  db = await new DataSource({ type: 'postgres', url: testDatabaseUrl(), poolSize: 1 }).initialize();
});
afterAll(async () => {
  await db?.destroy();
  await dropSubgraphSchemas(testDatabaseUrl(), SCHEMAS);
});

/** Builds `schema` with `sql`, runs the migration there, and hands back a runner still in that schema. */
async function migrated(schema: string, sql: string, migration: MigrationInterface) {
  const q = db.createQueryRunner();
  await q.query(`CREATE SCHEMA ${schema}`);
  await q.query(`SET search_path TO ${schema}`);
  await q.query(sql);
  await migration.up(q);
  return q;
}

test('projects: every profile, with birth date, skills, status and last change, moves into the replica', async () => {
  const q = await migrated(
    'mig_projects',
    `CREATE TABLE volunteer_profile (volunteer_id uuid PRIMARY KEY, account_id varchar(128) NOT NULL UNIQUE,
       district_code varchar(32), birth_date date, skills text[] NOT NULL DEFAULT '{}', status varchar(16) NOT NULL,
       updated_at timestamptz NOT NULL DEFAULT now());
     INSERT INTO volunteer_profile VALUES
       ('${A}', 'acct-a', 'pidu', '2001-02-03', '{英语,急救}', 'ACTIVE', '2025-01-02T03:04:05Z'),
       ('${B}', 'acct-b', NULL, NULL, '{}', 'SUSPENDED', '2025-02-03T04:05:06Z')`,
    new ProjectsReplica(),
  );
  try {
    expect(await q.query(`SELECT to_regclass('volunteer_profile') AS old`)).toEqual([{ old: null }]);
    expect(await replicaOfAccount(q.manager, 'acct-a')).toEqual({
      volunteerId: A,
      accountId: 'acct-a',
      districtCode: 'pidu',
      birthDate: '2001-02-03',
      skills: ['英语', '急救'],
      status: 'ACTIVE',
      confirmedHours: 0,
      shareWithPartners: false,
      consents: [],
    });
    expect((await replicasByIds(q.manager, [B]))[0]).toMatchObject({
      accountId: 'acct-b',
      districtCode: null,
      status: 'SUSPENDED',
    });
    const [kept] = await q.query(`SELECT updated_at FROM volunteer_replica WHERE volunteer_id = $1`, [B]);
    expect(new Date(kept.updated_at).toISOString()).toBe('2025-02-03T04:05:06.000Z');
    // And back, for a rollback of the release.
    await new ProjectsReplica().down(q);
    expect(await q.query('SELECT account_id, skills FROM volunteer_profile ORDER BY account_id')).toEqual([
      { account_id: 'acct-a', skills: ['英语', '急救'] },
      { account_id: 'acct-b', skills: [] },
    ]);
  } finally {
    await q.release();
  }
});

test('wuhou: every profile moves into the replica, with no birth dates or skills to keep', async () => {
  const q = await migrated(
    'mig_wuhou',
    `CREATE TABLE volunteer_profile (volunteer_id uuid PRIMARY KEY, account_id varchar(128) NOT NULL UNIQUE,
       district_code varchar(32), status varchar(16) NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
     INSERT INTO volunteer_profile (volunteer_id, account_id, district_code, status) VALUES
       ('${A}', 'acct-a', 'wuhou', 'ACTIVE'), ('${B}', 'acct-b', 'jinjiang', 'ACTIVE')`,
    new WuhouReplica(),
  );
  try {
    expect(await replicasByIds(q.manager, [A, B])).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ volunteerId: A, accountId: 'acct-a', districtCode: 'wuhou', birthDate: null }),
        expect.objectContaining({ volunteerId: B, accountId: 'acct-b', districtCode: 'jinjiang', skills: [] }),
      ]),
    );
    expect(await q.query(`SELECT to_regclass('volunteer_profile') AS old`)).toEqual([{ old: null }]);
  } finally {
    await q.release();
  }
});

test('pidu and xinjin: their replica gains the eligibility and consents columns, hours and versions kept', async () => {
  const q = await migrated(
    'mig_pidu',
    `CREATE TABLE volunteer_replica (volunteer_id uuid PRIMARY KEY, account_id varchar(128) UNIQUE,
       district_code varchar(32), status varchar(16) NOT NULL DEFAULT 'ACTIVE',
       confirmed_hours numeric(10,2) NOT NULL DEFAULT 0, hours_version bigint NOT NULL DEFAULT 0,
       updated_at timestamptz NOT NULL DEFAULT now());
     INSERT INTO volunteer_replica (volunteer_id, account_id, district_code, confirmed_hours, hours_version)
       VALUES ('${A}', 'acct-a', 'pidu', 152.5, 7), ('${B}', NULL, NULL, 3, 1)`,
    new ReplicaOneShape1764700000000(),
  );
  try {
    await new ReplicaPartnerConsent1764800000000().up(q);
    await new ReplicaConsents1764900000000().up(q);
    expect(await replicaOfAccount(q.manager, 'acct-a')).toMatchObject({
      confirmedHours: 152.5,
      birthDate: null,
      skills: [],
      shareWithPartners: false,
      consents: [],
    });
    expect(await q.query('SELECT consents_version::int AS v FROM volunteer_replica')).toEqual([{ v: 0 }, { v: 0 }]);
    expect(await q.query('SELECT hours_version::int AS v FROM volunteer_replica ORDER BY volunteer_id')).toEqual([
      { v: 7 },
      { v: 1 },
    ]);
  } finally {
    await q.release();
  }
});

/**
 * The consent to sharing with partner apps ends in the projects replica whichever release a database starts from:
 * fresh; from main before consent was kept (volunteer_replica without the column, the old partner-consent migration
 * still pending though its table is gone); from the release that kept consent in `volunteer_profile`.
 */
describe('projects: the consent to sharing with partner apps', () => {
  type Migration = new () => MigrationInterface;
  const ALL = projects.migrations as Migration[];
  const CONSENT_MIGRATIONS = ['PartnerConsent1764330000000', 'ReplicaPartnerConsent1764800000000'];
  const sources: DataSource[] = [];
  afterAll(() => Promise.all(sources.map((s) => s.destroy())));

  /** The projects schema `schema` as `migrations` leave it, through the kit's own start-up path. */
  async function at(schema: string, migrations: Migration[]): Promise<DataSource> {
    const ds = createDataSource({
      url: testDatabaseUrl(),
      schema,
      entities: [],
      migrations,
      poolMax: 1,
      log: createLogger('migrations', 'silent'),
    });
    sources.push(ds);
    await openDatabase(ds, schema);
    return ds;
  }
  const consent = (ds: DataSource) =>
    ds.query('SELECT account_id, share_with_partners FROM volunteer_replica ORDER BY account_id');

  test('a fresh database has it in the replica, and no volunteer_profile', async () => {
    const ds = await at('mig_fresh', ALL);
    expect(await ds.query(`SELECT to_regclass('volunteer_profile') AS old`)).toEqual([{ old: null }]);
    await ds.query(`INSERT INTO volunteer_replica (volunteer_id, account_id) VALUES ('${A}', 'acct-a')`);
    expect(await consent(ds)).toEqual([{ account_id: 'acct-a', share_with_partners: false }]);
  });

  test('a database from before consent was kept gains it, unset, when the pending migrations run', async () => {
    const before = await at(
      'mig_from_main',
      ALL.filter((m) => !CONSENT_MIGRATIONS.includes(m.name)),
    );
    // The replica as that release created it.
    await before.query('ALTER TABLE volunteer_replica DROP COLUMN share_with_partners');
    await before.query(`INSERT INTO volunteer_replica (volunteer_id, account_id) VALUES ('${A}', 'acct-a')`);
    const after = await at('mig_from_main', ALL);
    expect(await consent(after)).toEqual([{ account_id: 'acct-a', share_with_partners: false }]);
    const ran = await after.query('SELECT name FROM migrations WHERE name = ANY($1) ORDER BY name', [
      CONSENT_MIGRATIONS,
    ]);
    expect(ran.map((r: { name: string }) => r.name)).toEqual(CONSENT_MIGRATIONS);
  });

  test("a database that kept consent in volunteer_profile carries every volunteer's consent over", async () => {
    const cut = 1764700000000;
    const before = await at(
      'mig_from_visibility',
      ALL.filter((m) => Number(m.name.slice(-13)) < cut),
    );
    await before.query(`INSERT INTO volunteer_profile (volunteer_id, account_id, status, share_with_partners)
      VALUES ('${A}', 'acct-a', 'ACTIVE', true), ('${B}', 'acct-b', 'ACTIVE', false)`);
    const after = await at('mig_from_visibility', ALL);
    expect(await consent(after)).toEqual([
      { account_id: 'acct-a', share_with_partners: true },
      { account_id: 'acct-b', share_with_partners: false },
    ]);
    expect((await replicaOfAccount(after, 'acct-a'))?.shareWithPartners).toBe(true);
    // The old switch named no app: no app's consent is read from it (it grants nothing any more).
    expect((await replicaOfAccount(after, 'acct-a'))?.consents).toEqual([]);
  });
});
