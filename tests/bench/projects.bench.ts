/**
 * Figures for the projects subgraph, printed, never asserted (speed is not a test):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> npx jest --testMatch '<rootDir>/tests/bench/*.bench.ts'
 * 1. keyword search on a city-sized table (48,000 projects, 2,000 organizations): index versus sequential scan;
 * 2. 200 concurrent one-tap sign-ups for a 20-place shift through the gateway: time and SQL per sign-up.
 */
import { searchSql } from '../../subgraphs/projects/data/search.repository';
import { countStatements, startCity, type City } from '../testkit/city';
import { ORG, publishedProject, volunteers } from '../projects/helpers';

let city: City;
beforeAll(async () => {
  city = await startCity();
}, 120_000);
afterAll(() => city?.stop());

const ms = (plan: { 'QUERY PLAN': unknown }[]) => (plan[0]['QUERY PLAN'] as any)[0]['Execution Time'] as number;

test('keyword search on 48,000 projects', async () => {
  const runner = city.subgraphs.get('projects')!.db.createQueryRunner();
  await runner.startTransaction();
  try {
    await runner.query(`INSERT INTO project (title, description, status, organization_id, district_code, starts_on, ends_on, share_code)
      SELECT (ARRAY['社区','图书馆','地铁站','养老院','公园','博物馆'])[1 + i % 6] || (ARRAY['文明引导','助老服务','环境清洁','课业辅导','秩序维护'])[1 + i % 5] || i,
             '志愿者协助开展服务活动，第' || i || '期', 'PUBLISHED', gen_random_uuid(), 'pidu', DATE '2027-01-01' + i % 300, DATE '2027-01-01' + i % 300, 'b' || i
        FROM generate_series(1, 48000) i`);
    await runner.query(`INSERT INTO organization_standing (organization_id, name, district_code, verified, suspended)
      SELECT gen_random_uuid(), '第' || i || '社区志愿服务队', 'pidu', true, false FROM generate_series(1, 2000) i`);
    await runner.query('ANALYZE project');
    await runner.query('ANALYZE organization_standing');
    const rows: string[] = [];
    for (const keyword of ['献血', '川大', '助老服务4711', '第4711期', '四川大学']) {
      const { sql, params } = searchSql({ status: 'PUBLISHED', keyword }, 'START_TIME', 21, null);
      const indexed = ms(await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params));
      // The baseline: the sequential LIKE over titles, descriptions and organization names that the indexes replace.
      await runner.query('SET LOCAL enable_bitmapscan = off');
      const like = `%${keyword}%`;
      const sequential = ms(await runner.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) SELECT p.id FROM project p WHERE p.status = 'PUBLISHED' AND (p.search_text LIKE $1
           OR p.organization_id IN (SELECT organization_id FROM organization_standing WHERE search_name LIKE $1)) ORDER BY p.starts_on, p.id LIMIT 21`,
        [like],
      ));
      await runner.query('RESET enable_bitmapscan');
      rows.push(`${keyword.padEnd(10)} indexed ${indexed.toFixed(1).padStart(7)} ms   sequential LIKE ${sequential.toFixed(1).padStart(7)} ms`);
    }
    console.log(`keyword search, 48,000 projects + 2,000 organizations:\n${rows.join('\n')}`);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}, 120_000);

test('200 concurrent sign-ups for 20 places through the gateway', async () => {
  const date = new Date(Date.now() + 8 * 3600_000 + 30 * 86_400_000).toISOString().slice(0, 10);
  const p = await publishedProject(city, ORG(1), { startsOn: date, endsOn: date, shifts: [{ date, startTime: '09:00', endTime: '12:00', capacity: 20 }] });
  const people = await volunteers(city, 200);
  const started = Date.now();
  let ok = 0;
  const sql = await countStatements(city, async () => {
    const results = await Promise.all(people.map((v) => city.query('mutation($s: ID!) { signUp(shiftId: $s) { id } }', { s: p.shifts[0].id }, v.token)));
    ok = results.filter((r) => !r.errors).length;
  });
  const elapsed = Date.now() - started;
  console.log(`200 concurrent sign-ups, 20 places: ${ok} succeeded in ${elapsed} ms (${(elapsed / 200).toFixed(1)} ms each on average); ` +
    `${sql.projects} SQL statements in projects (${(sql.projects / 200).toFixed(1)} per sign-up)`);
}, 120_000);
