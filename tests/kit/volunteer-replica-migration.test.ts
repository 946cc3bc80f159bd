import { DataSource, type MigrationInterface } from 'typeorm';
import { ReplicaOneShape1764700000000 } from '../../subgraphs/kit/district/volunteers';
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
const SCHEMAS = ['mig_projects', 'mig_wuhou', 'mig_pidu'];

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
    expect(await replicaOfAccount(q, 'acct-a')).toEqual({
      volunteerId: A,
      accountId: 'acct-a',
      districtCode: 'pidu',
      birthDate: '2001-02-03',
      skills: ['英语', '急救'],
      status: 'ACTIVE',
      confirmedHours: 0,
    });
    expect((await replicasByIds(q, [B]))[0]).toMatchObject({
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
    expect(await replicasByIds(q, [A, B])).toEqual(
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

test('pidu and xinjin: the replica they kept gains the eligibility columns, hours and versions untouched', async () => {
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
    expect(await replicaOfAccount(q, 'acct-a')).toMatchObject({ confirmedHours: 152.5, birthDate: null, skills: [] });
    expect(await q.query('SELECT hours_version::int AS v FROM volunteer_replica ORDER BY volunteer_id')).toEqual([
      { v: 7 },
      { v: 1 },
    ]);
  } finally {
    await q.release();
  }
});
