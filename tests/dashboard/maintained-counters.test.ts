import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { ledgerFigures } from '../../subgraphs/kit/district/ledger-figures.repository';
import { TIME_BANK_FIGURES } from '../../subgraphs/pidu/data/ledger-figures';
import { peopleCounts, peopleMarks, type PeopleCount } from '../../subgraphs/projects/data/statistics.repository';
import { peopleFromMarks } from '../../subgraphs/projects/rules/people';
import { POINTS_FIGURES } from '../../subgraphs/xinjin/data/ledger-figures';
import { startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { ORG } from '../testkit/fixtures';
import { NO_DRIFT, rollupDrift } from '../testkit/rollups';
import { publishedProject } from '../projects/helpers';

/**
 * The dashboard's maintained counters (issue 14): the first and last service days that tell how many distinct
 * people stand behind a figure, the monthly mirrors of the daily rollups, and the districts' ledger rollups. Written
 * through inserts, confirmations, corrections, deletions and concurrent transactions, each must equal a recomputation
 * from the rows it counts, and the people it tells must equal a count of distinct volunteers for every range it
 * answers (the dashboard's own, ending today, always).
 */
let city: City;
beforeAll(async () => {
  city = await startCity();
}, 180_000);
afterAll(() => city?.stop());

const db = (name: string) => city.subgraphs.get(name)!.db;
const TODAY = dayFromNow(0);

/** Ranges around a year of service: whole and cut months, ending today, ending earlier, inside one month. */
const RANGES: [string, string][] = [
  [dayFromNow(-364), TODAY],
  [`${TODAY.slice(0, 4)}-01-01`, TODAY],
  [dayFromNow(-500), TODAY],
  [dayFromNow(-200), dayFromNow(-20)],
  [dayFromNow(-90), dayFromNow(-90)],
  [dayFromNow(-45), dayFromNow(-30)],
  [`${dayFromNow(-60).slice(0, 7)}-01`, dayFromNow(-1)],
  [dayFromNow(-400), dayFromNow(30)],
];

const byCell = (counts: PeopleCount[]) =>
  Object.fromEntries(counts.map((c) => [`${c.districtCode}|${c.categoryCode}|${c.month}`, c.people]));

test('the counters equal a recomputation once the demo city is loaded', async () => {
  expect(await rollupDrift(city)).toEqual(NO_DRIFT);
});

test("people told by first and last days equal distinct volunteers, whatever writes a volunteer's days", async () => {
  const projects = await Promise.all(
    [
      ['jintang', 'elderly', 'elderly.smartphone'],
      ['jintang', 'environment', 'environment.cleanup'],
      ['dayi', 'elderly', 'elderly.smartphone'],
    ].map(([districtCode, categoryCode, subcategoryCode]) =>
      publishedProject(city, ORG(1), { districtCode, categoryCode, subcategoryCode }),
    ),
  );
  const people = Array.from({ length: 12 }, () => randomUUID());
  // Each person serves on a spread of days over the last 14 months, some confirmed at once, some pending.
  const records: [string, string, string, string][] = [];
  people.forEach((v, i) => {
    for (let k = 0; k < 6; k++) {
      const project = projects[(i + k) % projects.length]!.id;
      records.push([project, v, dayFromNow(-((i * 37 + k * 71) % 420)), k % 3 === 0 ? 'PENDING' : 'CONFIRMED']);
    }
  });
  // One statement per person, all at once: a person's days arrive in concurrent transactions.
  await Promise.all(
    people.map((v) =>
      db('projects').query(
        `INSERT INTO service_record (project_id, volunteer_id, served_on, hours, status, confirmed_at)
         SELECT p, v, d::date, 2, s, CASE WHEN s = 'CONFIRMED' THEN now() END
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS r(p, v, d, s)`,
        [
          records.filter((r) => r[1] === v).map((r) => r[0]),
          records.filter((r) => r[1] === v).map((r) => r[1]),
          records.filter((r) => r[1] === v).map((r) => r[2]),
          records.filter((r) => r[1] === v).map((r) => r[3]),
        ],
      ),
    ),
  );
  // Confirmations in parallel, one record each; then corrections: a record back to pending, one deleted.
  const pending: { id: string }[] = await db('projects').query(
    `SELECT id FROM service_record WHERE volunteer_id = ANY($1) AND status = 'PENDING'`,
    [people],
  );
  await Promise.all(
    pending.map((r) =>
      db('projects').query(`UPDATE service_record SET status = 'CONFIRMED', confirmed_at = now() WHERE id = $1`, [
        r.id,
      ]),
    ),
  );
  await db('projects').query(
    `UPDATE service_record SET status = 'PENDING', confirmed_at = NULL WHERE id IN (
       SELECT id FROM service_record WHERE volunteer_id = $1 ORDER BY served_on DESC LIMIT 2)`,
    [people[0]],
  );
  await db('projects').query(
    `DELETE FROM service_record WHERE id IN (
       SELECT id FROM service_record WHERE volunteer_id = $1 ORDER BY served_on LIMIT 1)`,
    [people[1]],
  );
  expect(await rollupDrift(city)).toEqual(NO_DRIFT);

  let told = 0;
  for (const [from, to] of RANGES) {
    const fromMarks = peopleFromMarks(await peopleMarks(db('projects'), from, to), from, to);
    if (to === TODAY) expect(fromMarks).not.toBeNull();
    if (!fromMarks) continue;
    told++;
    expect({ from, to, people: byCell(fromMarks) }).toEqual({
      from,
      to,
      people: byCell(await peopleCounts(db('projects'), from, to)),
    });
  }
  expect(told).toBeGreaterThanOrEqual(5);
});

test('two transactions writing confirmed records in crossed months both commit; the counters stay exact', async () => {
  // Transaction A writes a record in one month, B in another; then each writes one in the other's month. Without the
  // rollups' lock each would wait for a row the other holds (the month's mirror, the city-wide people marks) and
  // PostgreSQL would abort one: the organizer's confirmation would fail.
  const project = await publishedProject(city, ORG(1), { districtCode: 'dayi', categoryCode: 'elderly' });
  const [one, two] = [dayFromNow(-45), dayFromNow(-130)];
  const [oneLater, twoLater] = [dayFromNow(-44), dayFromNow(-129)];
  const runners = [db('projects').createQueryRunner(), db('projects').createQueryRunner()];
  const [a, b] = runners;
  const write = (runner: QueryRunner, volunteer: string, day: string) =>
    runner.query(
      `INSERT INTO service_record (project_id, volunteer_id, served_on, hours, status, confirmed_at) -- ${day}
       VALUES ($1, $2, $3, 2, 'CONFIRMED', now())`,
      [project.id, volunteer, day],
    );
  // Until the backend's write of that day has finished (or it committed since) or is waiting for a lock.
  const settled = async (pid: number, day: string) => {
    for (let tries = 0; tries < 500; tries++) {
      const [now] = await db('projects').query(
        `SELECT state, wait_event_type, query FROM pg_stat_activity WHERE pid = $1`,
        [pid],
      );
      if (now.query === 'COMMIT') return;
      if (now.query.includes(day) && (now.state !== 'active' || now.wait_event_type === 'Lock')) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`backend ${pid} neither wrote ${day} nor waited for a lock`);
  };
  const [va, vb] = [randomUUID(), randomUUID()];
  try {
    const [pidA, pidB] = await Promise.all(
      runners.map(async (r) => {
        await r.startTransaction();
        return (await r.query('SELECT pg_backend_pid() AS pid'))[0].pid as number;
      }),
    );
    await write(a!, va, one);
    const bFirst = write(b!, vb, two);
    await settled(pidB, two);
    const aSecond = write(a!, va, twoLater).then(() => a!.commitTransaction());
    await settled(pidA, twoLater);
    const bSecond = bFirst.then(() => write(b!, vb, oneLater)).then(() => b!.commitTransaction());
    const outcomes = await Promise.allSettled([aSecond, bSecond]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : o.status))).toEqual([
      'fulfilled',
      'fulfilled',
    ]);
  } finally {
    for (const r of runners) {
      if (r.isTransactionActive) await r.rollbackTransaction().catch(() => undefined);
      await r.release();
    }
  }
  const [{ n }] = await db('projects').query(
    `SELECT count(*)::int AS n FROM service_record WHERE volunteer_id = ANY($1)`,
    [[va, vb]],
  );
  expect(n).toBe(4);
  expect(await rollupDrift(city)).toEqual(NO_DRIFT);
});

test('volunteer rollups follow moves between districts; ledger rollups, concurrent entries of one person', async () => {
  await db('volunteers').query(
    `UPDATE volunteer SET district_code = 'dayi' WHERE id IN (SELECT id FROM volunteer ORDER BY id LIMIT 3)`,
  );
  await db('volunteers').query(
    `UPDATE volunteer SET star_days = array_append(star_days, $1::date)
      WHERE id IN (SELECT id FROM volunteer WHERE cardinality(star_days) < 5 ORDER BY id DESC LIMIT 2)`,
    [dayFromNow(-3)],
  );

  for (const [subgraph, figures, account, kinds] of [
    ['pidu', TIME_BANK_FIGURES, 'time_bank_account', ['EARNED', 'CORRECTED', 'PAID']],
    ['xinjin', POINTS_FIGURES, 'points_account', ['EARNED', 'CORRECTED', 'REDEEMED']],
  ] as const) {
    const people = Array.from({ length: 6 }, () => randomUUID());
    await db(subgraph).query(`INSERT INTO ${account} (volunteer_id) SELECT unnest($1::uuid[])`, [people]);
    // Each person's entries from separate transactions at once, dated over the last months (one ahead of today).
    await Promise.all(
      people.flatMap((v, i) =>
        [0, 1, 2, 3].map((k) =>
          db(subgraph).query(
            `INSERT INTO ${figures.ledger} (volunteer_id, kind, amount, balance_after, created_at
               ${subgraph === 'pidu' ? ', counterpart_id' : ''})
             VALUES ($1, $2, $3, 100, $4::date + time '10:00' ${subgraph === 'pidu' ? ', $1' : ''})`,
            [
              v,
              kinds[(i + k) % kinds.length],
              kinds[(i + k) % kinds.length] === 'REDEEMED' ? -5 : 5,
              dayFromNow(-(i * 29 + k * 13) % 150),
            ],
          ),
        ),
      ),
    );
    expect(await rollupDrift(city)).toEqual(NO_DRIFT);
    for (const [from, to] of RANGES) {
      const { groups: got } = await ledgerFigures(db(subgraph), figures, from, to);
      for (const g of figures.groups) {
        const [want] = await db(subgraph).query(
          `SELECT coalesce(sum(${g.sign} * amount), 0)::float8 AS amount, count(DISTINCT ${g.person})::int AS people
             FROM ${figures.ledger} WHERE kind = ANY($3)
              AND (created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2`,
          [from, to, g.kinds],
        );
        expect({ from, to, group: g.name, ...got.get(g.name) }).toEqual({ from, to, group: g.name, ...want });
      }
    }
  }
  expect(await rollupDrift(city)).toEqual(NO_DRIFT);
});
