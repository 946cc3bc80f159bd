import { Client } from 'pg';
import { cardDigest } from '../../../subgraphs/kit/city/card-code';
import { beijingDay, dayStart } from '../../../subgraphs/kit/city/demo-crowd';
import { organizationAdminRow, organizationRow, organizationsOf } from './organizations';
import { crowdOf, volunteerRow } from './people';
import { writeLedgers } from './ledgers';
import { migrateCity } from './migrate';
import { Progress } from './progress';
import { writeReplicas } from './replicas';
import { addVolunteerRollups, withoutVolunteerTriggers } from './rollups';
import { planCity } from './scale';
import { writeService, type Subcategory } from './service';
import { seedId } from './ids';
import { writeAll, TableWriter } from './writer';
import { writeDistrictPlatforms } from './platforms';

/** The row in projects.announcement that says a database holds a seeded city (and at which scale). */
const MARK = 'seed-city';

export interface SeedReport {
  scale: number;
  volunteers: number;
  organizations: number;
  projects: number;
  shifts: number;
  signups: number;
  records: number;
  /** Confirmed hours served on the 365 days before today (Beijing days). */
  hoursLastYear: number;
  /** Per district code: volunteers living there and published projects there. */
  districts: Record<string, { volunteers: number; publishedProjects: number }>;
  seconds: number;
  databaseBytes: number;
}

/** Thrown when the database already holds a city: the seed never adds a second one on top. */
export class AlreadySeeded extends Error {}

/**
 * Loads a deterministic city of `scale` (1 = the real platform's 2021 size) into the database at `databaseUrl`,
 * after migrating every schema as a start would. Dates are relative to today (Beijing): the same scale on the same
 * day gives the same rows. Refuses a database that already holds volunteers or projects (seeded or not): drop it or
 * use a fresh one (a run that failed half-way leaves one: see below).
 */
export async function seedCity(opts: {
  databaseUrl: string;
  scale: number;
  now?: Date;
  quiet?: boolean;
}): Promise<SeedReport> {
  const started = Date.now();
  // Anchored to the start of today in Beijing, so every run on one day gives the same rows (and a run never dates
  // anything after the moment it runs).
  const now = dayStart(beijingDay((opts.now ?? new Date()).getTime()));
  const plan = planCity(opts.scale);
  const progress = new Progress(opts.quiet);
  await migrateCity(opts.databaseUrl);
  const db = new Client({ connectionString: opts.databaseUrl, application_name: 'qingju-seed-city' });
  await db.connect();
  try {
    const { rows: marks } = await db.query<{ name: string }>(
      `SELECT name FROM projects.announcement WHERE name LIKE '${MARK}%'`,
    );
    if (marks.length) throw new AlreadySeeded(`this database already holds a seeded city (${marks[0]!.name})`);
    const { rows: held } = await db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM volunteers.volunteer LIMIT 1) v)
            + (SELECT count(*) FROM (SELECT 1 FROM projects.project LIMIT 1) p) AS n`,
    );
    if (Number(held[0]!.n) > 0)
      throw new AlreadySeeded(
        'this database already holds volunteers or projects (or a seed that failed half-way); seed a fresh database',
      );

    // Every batch commits on its own, never one long transaction: the relays of any city on this server deliver
    // only events older than the oldest running transaction (its xmin is cluster-wide), so a transaction of
    // minutes would stall them all. A run that fails half-way leaves a half-seeded database, which a second run
    // refuses: drop it and seed a fresh one. The mark is written last, when the city is complete.
    await db.query('SET synchronous_commit = off');
    const { rows: subs } = await db.query<Subcategory>(
      'SELECT code, category_code, name FROM projects.service_subcategory ORDER BY code',
    );

    const orgs = organizationsOf(plan, now);
    await writeAll(
      db,
      progress,
      'organizations.organization',
      orgs.length,
      orgs.map((o) => organizationRow(plan, o, now)),
    );
    await writeAll(
      db,
      progress,
      'organizations.organization_admin',
      orgs.length,
      orgs.map((o) => organizationAdminRow(o, now)),
    );

    const crowd = crowdOf(plan, now);
    const service = await writeService(db, progress, plan, crowd, orgs, subs, now);
    const served = await writeLedgers(db, progress, plan, service.records, crowd.n);
    for (const [v, orgIndexes] of service.organizationsOf) {
      const mine = served.get(v) ?? { hours: 0, organizationIds: [], starDays: [] };
      mine.organizationIds = orgIndexes.sort((a, b) => a - b).map((o) => seedId('organization', o));
      served.set(v, mine);
    }

    // Volunteers last: their rows carry what the service gave them (hours, star days, organizations).
    progress.start('volunteers.volunteer (+ cards)', crowd.n);
    await withoutVolunteerTriggers(db, async () => {
      const cards = new TableWriter(db, 'projects.volunteer_card', new Progress(true));
      const volunteers = new TableWriter(db, 'volunteers.volunteer', progress);
      const used = new Map<string, number>();
      for (let i = 0; i < crowd.n; i++) {
        const row = volunteerRow(plan, crowd, i, served.get(i), now, used);
        await volunteers.push(row);
        await cards.push({ card_digest: cardDigest(row.card_code), volunteer_id: row.id });
      }
      await volunteers.end();
      await cards.end();
    });
    progress.finish();
    await addVolunteerRollups(db, progress);

    await writeReplicas(db, progress);
    await writeDistrictPlatforms(db, progress, plan, crowd, now);
    await db.query(`INSERT INTO projects.announcement (name) VALUES ($1)`, [`${MARK}:scale=${plan.scale}`]);
    // Its confirmed records are already in every replica (writeReplicas): without this mark, projects would announce
    // them all again at start as if they were demo history (actions/hours-events.ts), one event per volunteer — at
    // scale 1 a quarter of an hour of start-up and 345,000 events. Demo data added on top keeps its hours unannounced.
    await db.query(`INSERT INTO projects.announcement (name) VALUES ('demo-history') ON CONFLICT DO NOTHING`);
    progress.start('analyze', 1);
    await db.query('ANALYZE');
    progress.add(1);
    progress.finish();

    const districts: SeedReport['districts'] = {};
    for (const [d, info] of plan.districts.entries())
      districts[info.code] = { volunteers: crowd.byDistrict[d]!.length, publishedProjects: 0 };
    const { rows: published } = await db.query<{ code: string; n: string }>(
      `SELECT district_code AS code, count(*) AS n FROM projects.project WHERE status = 'PUBLISHED' GROUP BY 1`,
    );
    for (const p of published) districts[p.code]!.publishedProjects = Number(p.n);
    const { rows: size } = await db.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
    return {
      scale: plan.scale,
      volunteers: crowd.n,
      organizations: orgs.length,
      projects: plan.projects,
      shifts: service.shifts,
      signups: service.signups,
      records: service.records.count,
      hoursLastYear: Math.round(service.hoursLastYear * 100) / 100,
      districts,
      seconds: (Date.now() - started) / 1000,
      databaseBytes: Number(size[0]!.bytes),
    };
  } finally {
    await db.end();
  }
}
