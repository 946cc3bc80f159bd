/**
 * Figures for the projects subgraph, printed, never asserted (speed is not a test):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> npx jest --testMatch '<rootDir>/tests/bench/*.bench.ts'
 * 1. keyword search on a city-sized table (48,000 projects, 2,000 organizations): index versus sequential scan,
 *    several words and taxonomy names, and search near a point (GiST box, then exact distance) with its count;
 * 2. 200 concurrent one-tap sign-ups for a 20-place shift through the gateway: time and SQL per sign-up.
 */
import { searchSql } from '../../subgraphs/projects/data/search.repository';
import { countStatements, startCity, type City } from '../testkit/city';
import { fillCitySized, publishedProject, volunteers } from '../projects/helpers';
import { ORG } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';

let city: City;
beforeAll(async () => {
  city = await startCity();
}, 120_000);
afterAll(() => city?.stop());

/** EXPLAIN (ANALYZE, FORMAT JSON) answers one row whose plan is a list holding the statement's figures. */
const ms = (plan: { 'QUERY PLAN': { 'Execution Time': number }[] }[]) => plan[0]['QUERY PLAN'][0]['Execution Time'];

test('keyword search on 48,000 projects', async () => {
  const runner = city.subgraphs.get('projects')!.db.createQueryRunner();
  await runner.startTransaction();
  try {
    await fillCitySized(runner);
    const rows: string[] = [];
    for (const keyword of ['献血', '川大', '助老服务4711', '第4711期', '四川大学']) {
      const { sql, params } = searchSql({ status: 'PUBLISHED', keywords: [keyword] }, 'START_TIME', 21, null);
      const indexed = ms(await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params));
      // The baseline: the sequential LIKE over titles, descriptions and organization names that the indexes replace.
      await runner.query('SET LOCAL enable_bitmapscan = off');
      const like = `%${keyword}%`;
      const sequential = ms(
        await runner.query(
          `EXPLAIN (ANALYZE, FORMAT JSON) SELECT p.id FROM project p WHERE p.status = 'PUBLISHED'
           AND (p.search_text LIKE $1
             OR p.organization_id IN (SELECT organization_id FROM organization_standing WHERE search_name LIKE $1))
           ORDER BY p.starts_on, p.id LIMIT 21`,
          [like],
        ),
      );
      await runner.query('RESET enable_bitmapscan');
      rows.push(
        `${keyword.padEnd(10)} indexed ${indexed.toFixed(1).padStart(7)} ms   ` +
          `sequential LIKE ${sequential.toFixed(1).padStart(7)} ms`,
      );
    }
    const timed = async (label: string, sql: string, params: unknown[]) =>
      rows.push(
        `${label.padEnd(34)} ${ms(await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params))
          .toFixed(1)
          .padStart(7)} ms`,
      );
    const words = searchSql({ status: 'PUBLISHED', keywords: ['社区', '助老服务'] }, 'START_TIME', 21, null);
    await timed('words 社区 助老服务 (all must match)', words.sql, words.params);
    const taxonomy = searchSql({ status: 'PUBLISHED', keywords: ['环保'] }, 'START_TIME', 21, null);
    await timed('环保 (names a category)', taxonomy.sql, taxonomy.params);
    for (const radiusKm of [1, 5, 20]) {
      const near = { latitude: 30.6574, longitude: 104.066, radiusKm };
      const page = searchSql({ status: 'PUBLISHED', near }, 'DISTANCE', 21, null);
      await timed(`near, ${radiusKm} km, nearest 21`, page.sql, page.params);
      const inCircle = (
        await runner.query(
          `SELECT count(*)::int AS n FROM (${page.sql.replace(/LIMIT \$\d+$/, '')}) x`,
          page.params.slice(0, -1),
        )
      )[0].n;
      rows.push(`${''.padEnd(34)} (${inCircle} projects in the circle)`);
    }
    console.log(`keyword search, 48,000 projects + 2,000 organizations:\n${rows.join('\n')}`);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}, 120_000);

test('200 concurrent sign-ups for 20 places through the gateway', async () => {
  const date = new Date(Date.now() + 8 * 3600_000 + 30 * 86_400_000).toISOString().slice(0, 10);
  const p = await publishedProject(city, ORG(1), {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '09:00', endTime: '12:00', capacity: 20 }],
  });
  const people = await volunteers(city, 200);
  const started = Date.now();
  let ok = 0;
  const sql = await countStatements(city, async () => {
    const results = await Promise.all(
      people.map((v) =>
        city.query(
          graphql(`
            mutation ProjectsSignUp($s: ID!) {
              signUp(shiftId: $s) {
                id
              }
            }
          `),
          { s: p.shifts[0].id },
          v.token,
        ),
      ),
    );
    ok = results.filter((r) => !r.errors).length;
  });
  const elapsed = Date.now() - started;
  console.log(
    `200 concurrent sign-ups, 20 places: ${ok} succeeded in ${elapsed} ms (${(elapsed / 200).toFixed(1)} ms each ` +
      `on average); ` +
      `${sql.projects} SQL statements in projects (${(sql.projects / 200).toFixed(1)} per sign-up)`,
  );
}, 120_000);
