import type { ClientBase } from 'pg';
import { DISTRICTS } from '../../../subgraphs/kit/city/districts';
import type { Progress } from './progress';

/**
 * The volunteers subgraph keeps its dashboard rollups (registrations, age bands and star levels by day and
 * district) with three row triggers on `volunteer` (migrations 1764900200000 and 1764900300000). Fired a million
 * times one row at a time they are most of the load time, so the seed writes the volunteers with them off and then
 * adds the same deltas set-based, through the same SQL functions the triggers call: the rollups are exactly what the
 * triggers would have written. Any other trigger on the table stops the seed rather than being skipped silently.
 */
const VOLUNTEER_TRIGGERS = ['volunteer_age_stats', 'volunteer_registration_stats', 'volunteer_star_stats'];

export async function withoutVolunteerTriggers(db: ClientBase, load: () => Promise<void>): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT tgname AS name FROM pg_trigger WHERE tgrelid = 'volunteers.volunteer'::regclass AND NOT tgisinternal
      ORDER BY 1`,
  );
  const names = rows.map((r) => r.name);
  if (names.join() !== VOLUNTEER_TRIGGERS.join())
    throw new Error(`volunteers.volunteer has triggers ${names.join(', ')}; seed-city knows ${VOLUNTEER_TRIGGERS}`);
  // For this session only (the subgraphs' own writes keep their triggers), and gone if the process dies: unlike
  // ALTER TABLE … DISABLE TRIGGER, which would outlive a crash. Needs a superuser, as the machine's postgres is.
  await db.query('SET session_replication_role = replica');
  try {
    await load();
  } finally {
    await db.query('RESET session_replication_role');
  }
}

/** One statement per district, so no transaction runs long (see city.ts on the relays' xmin). */
export async function addVolunteerRollups(db: ClientBase, progress: Progress): Promise<void> {
  const step = async (label: string, sql: string) => {
    progress.start(label, 1);
    for (const d of DISTRICTS) progress.add((await db.query(sql, [d.code])).rowCount ?? 0);
  };
  await step(
    'volunteers.registration_daily',
    `INSERT INTO volunteers.registration_daily AS r (day, district_code, registrations)
     SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date, district_code, count(*)
       FROM volunteers.volunteer WHERE district_code = $1 GROUP BY 1, 2
     ON CONFLICT (day, district_code) DO UPDATE SET registrations = r.registrations + excluded.registrations`,
  );
  await step(
    'volunteers.age_band_daily',
    `INSERT INTO volunteers.age_band_daily AS r (day, district_code, band, volunteers, registrations)
     SELECT d.day, v.district_code, d.band, sum(d.volunteers), sum(d.registrations)
       FROM volunteers.volunteer v CROSS JOIN LATERAL volunteers.volunteer_age_band_deltas(v.created_at, v.birth_date) d
      WHERE v.district_code = $1 GROUP BY 1, 2, 3
     ON CONFLICT (day, district_code, band) DO UPDATE
       SET volunteers = r.volunteers + excluded.volunteers, registrations = r.registrations + excluded.registrations`,
  );
  await step(
    'volunteers.star_daily',
    `INSERT INTO volunteers.star_daily AS r (day, district_code, level, volunteers)
     SELECT d.day, v.district_code, d.level, sum(d.volunteers)
       FROM volunteers.volunteer v CROSS JOIN LATERAL volunteers.volunteer_star_deltas(v.created_at, v.star_days) d
      WHERE v.district_code = $1 GROUP BY 1, 2, 3
     ON CONFLICT (day, district_code, level) DO UPDATE SET volunteers = r.volunteers + excluded.volunteers`,
  );
  progress.finish();
}
