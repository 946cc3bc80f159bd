/**
 * The bench harness (npm run bench) works: run for about a second per operation on the demo data, every operation
 * is answered without errors by our gateway, by Hive Gateway and by the subgraph called directly, and the report
 * holds every figure. Speed is not asserted (figures belong to npm run bench, on a quiet machine).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importKey } from '../../subgraphs/kit/runtime/identity';
import { startCity, testDatabaseUrl, type City } from '../testkit/city';
import type { HiveProcess } from '../testkit/hive-gateway';
import { hiveOverCity } from '../testkit/hive-over-city';
import { runBench, type BenchReport } from './harness/bench';

let city: City;
let hive: HiveProcess;
beforeAll(async () => {
  city = await startCity();
  hive = await hiveOverCity(city);
}, 240_000);
afterAll(async () => {
  await hive?.stop();
  await city?.stop();
});

test('every operation is answered without errors by both gateways and a subgraph; JSON has every figure', async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qingju-bench-smoke-')), 'latest.json');
  const lines: string[] = [];
  await runBench(
    {
      mode: 'the test city in one process (gateway and subgraphs share its CPU)',
      gatewayUrl: city.gateway.url,
      hive: { url: hive.url, planner: hive.planner },
      subgraphUrls: Object.fromEntries([...city.subgraphs].map(([name, s]) => [name, s.url])),
      pids: { gateway: [process.pid], hive: [hive.pid], subgraphs: [] },
      sqlStatements: async () => [...city.subgraphs.values()].reduce((n, s) => n + s.db.sqlLog.statements, 0),
      databaseUrl: testDatabaseUrl(),
      identityKey: await importKey(JSON.stringify(city.keys.identity.privateJwk)),
      token: (req) => city.token(req),
      stop: async () => undefined,
    },
    { durationS: 1, connections: 2, out, log: (l) => lines.push(l) },
  );
  console.log(lines.join('\n'));
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchReport;
  expect(report.scenarios.map((s) => s.name)).toEqual([
    'search',
    'projectDetail',
    'volunteerProfile',
    'calendar',
    'signUp',
    'cityDashboard',
    'partnerProjects',
    'peakMix',
  ]);
  expect(report.data.publishedProjects).toBeGreaterThan(0);
  expect(report.overbookedShifts).toBe(0);
  for (const scenario of report.scenarios) {
    const targets = scenario.targets.map((t) => t.target);
    expect(targets).toEqual(
      scenario.name === 'calendar' || scenario.name === 'signUp' ? ['ours', 'hive', 'direct'] : ['ours', 'hive'],
    );
    for (const t of scenario.targets) {
      const where = `${scenario.name} via ${t.target}: ${t.sampleError ?? ''}`;
      expect({ where, errors: t.non2xx + t.socketErrors + t.graphqlErrors }).toEqual({ where, errors: 0 });
      expect(t.requests).toBeGreaterThan(0);
      for (const figure of ['throughput', 'p50', 'p95', 'p99', 'sqlPerRequest', 'totalCpuMsPerRequest'] as const)
        expect(Number.isFinite(t[figure])).toBe(true);
      // Every answer of these operations reads the database.
      expect(t.sqlPerRequest).toBeGreaterThan(0);
    }
    expect(scenario.oursOverHive).toBeGreaterThan(0);
  }
});
