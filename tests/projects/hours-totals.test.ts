import { SUBGRAPHS } from '../../schema/registry';
import { HoursVersions1764310000000 } from '../../subgraphs/projects/migrations/1764310000000-hours-versions';
import { expectNoErrors, loadSubgraph, startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { deliver } from '../testkit/events';
import { DEMO_PROJECT, ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

/**
 * A volunteer's confirmed-hours total travels as `volunteer.hours` to the volunteers subgraph (star-level filter)
 * and to the districts' volunteer replicas (Pidu's time bank, Xinjin's mall). Whatever order confirmations commit
 * and events arrive in, every copy must end at the total the projects subgraph holds.
 */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const demo = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const db = (name: string) => city.subgraphs.get(name)!.db;

/** The total each consumer holds for a volunteer, by where it lives. */
async function heldTotals(volunteerId: string) {
  const [v] = await db('volunteers').query('SELECT hours_snapshot::float8 AS h FROM volunteer WHERE id = $1', [
    volunteerId,
  ]);
  const replica = async (name: string) =>
    (
      await db(name).query('SELECT confirmed_hours::float8 AS h FROM volunteer_replica WHERE volunteer_id = $1', [
        volunteerId,
      ])
    )[0]?.h;
  return { volunteers: v.h, pidu: await replica('pidu'), xinjin: await replica('xinjin') };
}

test('forty concurrent hour confirmations for one volunteer leave every consumer at the true total', async () => {
  // Demo volunteer 12 has no hours yet: 40 records of 2.5 h make exactly 100 h, one star, and any lost record shows.
  const volunteerId = demo(12);
  const ids: string[] = (
    await db('projects').query(
      `INSERT INTO service_record (project_id, volunteer_id, served_on, hours, status)
     SELECT $1, $2, $3::date - i, 2.5, 'PENDING' FROM generate_series(1, 40) i RETURNING id`,
      [DEMO_PROJECT(3), volunteerId, dayFromNow(-1)],
    )
  ).map((r: { id: string }) => r.id);
  const admin = await orgAdminToken(city, ORG(3));
  const CONFIRM = graphql(`
    mutation HoursTotalsConfirm($ids: [ID!]!) {
      confirmServiceRecords(ids: $ids) {
        id
        status
      }
    }
  `);
  const results = await Promise.all(ids.map((id) => city.query(CONFIRM, { ids: [id] }, admin)));
  results.forEach((r) => expectNoErrors(r));
  await city.settleEvents();

  const [{ total }] = await db('projects').query(
    `SELECT sum(hours)::float8 AS total FROM service_record WHERE volunteer_id = $1 AND status = 'CONFIRMED'`,
    [volunteerId],
  );
  expect(total).toBe(100);
  expect(await heldTotals(volunteerId)).toEqual({ volunteers: 100, pidu: 100, xinjin: 100 });

  // What an admin notices: the volunteer is listed among one-star volunteers, and shows one star there.
  const cityAdmin = await city.token({ role: 'city_admin', sub: 'city-admin' });
  const atLevel = async (starLevel: number) =>
    expectNoErrors(
      await city.query(
        graphql(`
          query HoursTotalsL($f: VolunteerFilter) {
            volunteers(filter: $f, first: 100) {
              edges {
                node {
                  id
                  starLevel
                  confirmedHours
                }
              }
            }
          }
        `),
        { f: { starLevel } },
        cityAdmin,
      ),
    ).volunteers.edges.map((e) => e.node);
  expect((await atLevel(1)).find((v) => v.id === volunteerId)).toEqual({
    id: volunteerId,
    starLevel: 1,
    confirmedHours: 100,
  });
  expect((await atLevel(0)).map((v) => v.id)).not.toContain(volunteerId);
});

test('a total arriving after a newer one is ignored by all consumers; an unversioned one is the oldest', async () => {
  const volunteerId = demo(13);
  const announce = (version: number | undefined, confirmedHours: number) =>
    Promise.all(
      ['volunteers', 'pidu', 'xinjin'].map((name) =>
        deliver(city, name, 'volunteer.hours', { volunteerId, confirmedHours, version }, 'projects'),
      ),
    );
  await announce(7, 130);
  await announce(6, 95); // sent before the 130 h total, delivered after it
  expect(await heldTotals(volunteerId)).toEqual({ volunteers: 130, pidu: 130, xinjin: 130 });
  await announce(undefined, 12); // from a producer that predates versions
  expect(await heldTotals(volunteerId)).toEqual({ volunteers: 130, pidu: 130, xinjin: 130 });
  await announce(8, 140);
  expect(await heldTotals(volunteerId)).toEqual({ volunteers: 140, pidu: 140, xinjin: 140 });
});

test('rerunning the projects seed after delivered events were pruned announces the demo history no more', async () => {
  const projects = loadSubgraph(SUBGRAPHS.find((s) => s.name === 'projects')!);
  const announced = async () =>
    Number(
      (
        await db('projects').query(
          `SELECT count(*) AS n FROM outbox WHERE type IN ('service.confirmed', 'volunteer.hours')`,
        )
      )[0].n,
    );
  expect(await announced()).toBeGreaterThan(0); // the first start announced it
  await db('projects').query('DELETE FROM outbox'); // what the relay's pruning does an hour after delivery
  await projects.seed!(db('projects'));
  expect(await announced()).toBe(0);
});

test('upgrading a database that announced unversioned hours keeps demo history announced, fixes totals', async () => {
  // Back to the tables as they were before versions (this city's demo history was announced at its start).
  const runner = db('projects').createQueryRunner();
  const migration = new HoursVersions1764310000000();
  try {
    await migration.down(runner);
    await runner.query('DELETE FROM outbox');
    await migration.up(runner);
  } finally {
    await runner.release();
  }
  expect(await db('projects').query('SELECT name FROM announcement')).toEqual([{ name: 'demo-history' }]);
  const truth: { volunteerId: string; confirmedHours: number }[] = await db('projects').query(
    `SELECT volunteer_id AS "volunteerId", sum(hours)::float8 AS "confirmedHours" FROM service_record
     WHERE status = 'CONFIRMED' GROUP BY 1 ORDER BY 1`,
  );
  expect(truth.length).toBeGreaterThan(6);
  const sent = await db('projects').query(
    `SELECT payload FROM outbox WHERE type = 'volunteer.hours' ORDER BY payload->>'volunteerId'`,
  );
  expect(sent.map((r: { payload: object }) => r.payload)).toEqual(truth.map((t) => ({ ...t, version: 1 })));
  expect(await db('projects').query(`SELECT count(*)::int AS n FROM outbox WHERE type <> 'volunteer.hours'`)).toEqual([
    { n: 0 },
  ]);
});
