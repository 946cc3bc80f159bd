import type { ClientBase } from 'pg';
import { DISTRICTS } from '../../../subgraphs/kit/city/districts';
import type { Progress } from './progress';

/**
 * What each subgraph keeps of a volunteer beyond who and where (kit/district/volunteers.ts `ReplicaKeeps`, as each
 * module.ts asks for it): birth date and skills where sign-up eligibility needs them, city-wide hours where they
 * count. The replicas are filled from the rows just written, in SQL, as `volunteer.profile` and `volunteer.hours`
 * would have filled them.
 */
const REPLICAS: Record<string, { eligibility?: boolean; hours?: boolean }> = {
  projects: { eligibility: true },
  majorevents: {},
  notifications: {},
  pidu: { hours: true },
  xinjin: { hours: true },
  chenghua: { eligibility: true },
  wuhou: {},
  jinniu: {},
  longquanyi: {},
  shuangliu: {},
};

/** Schemas holding a table, found in the database (a new subgraph's admin replica is filled without a change here). */
async function schemasWith(db: ClientBase, table: string): Promise<string[]> {
  const { rows } = await db.query<{ s: string }>(
    `SELECT table_schema AS s FROM information_schema.tables WHERE table_name = $1 ORDER BY 1`,
    [table],
  );
  return rows.map((r) => r.s);
}

/**
 * The read models other subgraphs keep of volunteers, organizations and their admins, written once from the owning
 * schemas' rows, consistent with them (same versions), so no subgraph waits for a million events on its first start.
 */
export async function writeReplicas(db: ClientBase, progress: Progress): Promise<void> {
  const step = async (label: string, sql: string, byDistrict = false) => {
    progress.start(label, 1);
    for (const d of byDistrict ? DISTRICTS : [null]) {
      const res = await db.query(sql, d ? [d.code] : []);
      progress.add(res.rowCount ?? 0);
    }
  };
  const found = await schemasWith(db, 'volunteer_replica');
  const unknown = found.filter((s) => !(s in REPLICAS));
  if (unknown.length) throw new Error(`seed-city does not know what ${unknown.join(', ')} keep in volunteer_replica`);
  for (const schema of found) {
    const keeps = REPLICAS[schema]!;
    // A district at a time: a million rows in one statement would be one long transaction (see city.ts).
    progress.start(`${schema}.volunteer_replica`, 1);
    for (const d of DISTRICTS) {
      const res = await db.query(
        `INSERT INTO ${schema}.volunteer_replica
           (volunteer_id, account_id, district_code, birth_date, skills, status, confirmed_hours, hours_version)
         SELECT id, account_id, district_code, ${keeps.eligibility ? 'birth_date' : 'NULL'},
                ${keeps.eligibility ? 'skills' : `'{}'`}, status,
                ${keeps.hours ? 'hours_snapshot' : '0'}, ${keeps.hours ? 'hours_version' : '0'}
           FROM volunteers.volunteer WHERE district_code = $1`,
        [d.code],
      );
      progress.add(res.rowCount ?? 0);
    }
  }
  // Organizations learns which account is which volunteer from the same announcement (team members link by it).
  await step(
    'organizations.volunteer_account',
    `INSERT INTO organizations.volunteer_account (account_id, volunteer_id)
     SELECT account_id, id FROM volunteers.volunteer WHERE account_id IS NOT NULL AND district_code = $1`,
    true,
  );
  // The version of the last hours announcement per volunteer, and of the last organizers announcement.
  await step(
    'projects.volunteer_hours_version',
    `INSERT INTO projects.volunteer_hours_version (volunteer_id, version)
     SELECT id, hours_version FROM volunteers.volunteer WHERE hours_version > 0 AND district_code = $1`,
    true,
  );
  await step(
    'projects.organizer_announcement',
    `INSERT INTO projects.organizer_announcement (volunteer_id, version)
     SELECT id, organizations_version FROM volunteers.volunteer WHERE organizations_version > 0 AND district_code = $1`,
    true,
  );
  await step(
    'projects.organization_standing',
    `INSERT INTO projects.organization_standing (organization_id, name, district_code, verified, suspended)
     SELECT id, name, district_code, status = 'VERIFIED', status = 'SUSPENDED' FROM organizations.organization`,
  );
  await step(
    'majorevents.organization_standing',
    `INSERT INTO majorevents.organization_standing (organization_id, name, district_code)
     SELECT id, name, district_code FROM organizations.organization`,
  );
  // One admin per district, listed where district admins are replicated.
  await db.query(
    `INSERT INTO organizations.district_admin (district_code, account_id)
     SELECT code, 'seed-district-admin-' || code FROM unnest($1::text[]) code`,
    [DISTRICTS.map((d) => d.code)],
  );
  await db.query(`UPDATE organizations.district SET admins_version = admins_version + 1`);
  for (const schema of await schemasWith(db, 'organization_admins'))
    await step(
      `${schema}.organization_admins`,
      `INSERT INTO ${schema}.organization_admins (organization_id, account_ids, version)
       SELECT o.id, array_agg(a.account_id ORDER BY a.account_id), o.admins_version
         FROM organizations.organization o JOIN organizations.organization_admin a ON a.organization_id = o.id
        GROUP BY o.id`,
    );
  for (const schema of await schemasWith(db, 'district_admins'))
    await step(
      `${schema}.district_admins`,
      `INSERT INTO ${schema}.district_admins (district_code, account_ids, version)
       SELECT d.code, array_agg(a.account_id ORDER BY a.account_id), d.admins_version
         FROM organizations.district d JOIN organizations.district_admin a ON a.district_code = d.code
        GROUP BY d.code
       ON CONFLICT (district_code) DO UPDATE SET account_ids = EXCLUDED.account_ids, version = EXCLUDED.version`,
    );
  progress.finish();
}
