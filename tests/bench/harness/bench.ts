import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IDENTITY_HEADER, signIdentity } from '../../../subgraphs/kit/runtime/identity';
import { cpuMs } from './cpu';
import { runLoad, type LoadResult } from './load';
import { buildScenarios, overbookedShifts, type BenchRequest, type DataSize, type Scenario } from './scenarios';
import type { BenchSystem } from './system';

export type TargetName = 'ours' | 'hive' | 'direct';

/** One scenario against one target: the load generator's figures, and what the system spent per answer. */
export interface TargetFigures extends LoadResult {
  target: TargetName;
  url: string;
  /** SQL statements per answer, all subgraphs together. */
  sqlPerRequest: number;
  /** CPU milliseconds per answer: the gateway's own process (none when a subgraph is called directly) and in all. */
  gatewayCpuMsPerRequest: number;
  totalCpuMsPerRequest: number;
}

export interface ScenarioFigures {
  name: string;
  title: string;
  targets: TargetFigures[];
  /** Our throughput over Hive Gateway's, and over the subgraph's called directly. */
  oursOverHive: number;
  oursOverDirect?: number;
}

export interface BenchReport {
  at: string;
  machine: { cpus: number; model: string; memoryGb: number; node: string; loadAverage: number[] };
  system: string;
  hivePlanner: string;
  data: DataSize;
  durationS: number;
  connections: number;
  scenarios: ScenarioFigures[];
  overbookedShifts: number;
}

export interface BenchOptions {
  durationS: number;
  connections: number;
  /** Where the JSON goes; not written when unset. */
  out?: string;
  log?: (line: string) => void;
  /** Scenario names to run (all when unset): working on one statement, one need not wait for the other seven. */
  only?: string[];
}

/** Signed identity headers, one per caller, signed at the start of each run (they live 60 s: runs are shorter). */
async function identityHeaders(system: BenchSystem, requests: BenchRequest[]) {
  const signed = new Map<string, string>();
  for (const r of requests) {
    const key = JSON.stringify(r.caller);
    if (!signed.has(key)) signed.set(key, await signIdentity(r.caller, system.identityKey));
  }
  return (r: BenchRequest) => ({ [IDENTITY_HEADER]: signed.get(JSON.stringify(r.caller))! });
}

async function measure(
  system: BenchSystem,
  target: TargetName,
  scenario: Scenario,
  requests: BenchRequest[],
  opts: BenchOptions,
): Promise<TargetFigures> {
  const url =
    target === 'ours'
      ? system.gatewayUrl
      : target === 'hive'
        ? system.hive.url
        : system.subgraphUrls[scenario.subgraph!];
  const headersOf =
    target === 'direct'
      ? await identityHeaders(system, requests)
      : (r: BenchRequest): Record<string, string> => (r.token ? { authorization: `Bearer ${r.token}` } : {});
  const gatewayPids = target === 'ours' ? system.pids.gateway : target === 'hive' ? system.pids.hive : [];
  const all = [...gatewayPids, ...system.pids.subgraphs];
  const sqlBefore = await system.sqlStatements();
  const cpuBefore = { gateway: cpuMs(gatewayPids), all: cpuMs(all) };
  const load = await runLoad({
    url,
    connections: opts.connections,
    durationS: opts.durationS,
    requests: requests.map((r) => ({ body: r.body, headers: headersOf(r) })),
  });
  const per = (n: number) => (load.requests ? n / load.requests : 0);
  return {
    target,
    url,
    ...load,
    sqlPerRequest: per((await system.sqlStatements()) - sqlBefore),
    gatewayCpuMsPerRequest: per(cpuMs(gatewayPids) - cpuBefore.gateway),
    totalCpuMsPerRequest: per(cpuMs(all) - cpuBefore.all),
  };
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const pad = (s: string | number, n: number) => String(s).padStart(n);

function line(f: TargetFigures): string {
  const errors = f.non2xx + f.socketErrors + f.graphqlErrors;
  return (
    `  ${f.target.padEnd(7)}${pad(fixed(f.throughput, 0), 7)} req/s ` +
    `${pad(f.p50, 5)} ${pad(f.p95, 5)} ${pad(f.p99, 5)} ms` +
    `${pad(errors, 6)} err ${pad(fixed(f.sqlPerRequest), 7)} sql/req ${pad(fixed(f.gatewayCpuMsPerRequest, 2), 7)}` +
    ` ${pad(fixed(f.totalCpuMsPerRequest, 2), 7)} cpu ms/req`
  );
}

/**
 * Waits until the subgraphs' request pools stop running statements (2 s without one, 3 minutes at most): after a
 * start, the demo's events and replicas are still being handled, and would be counted against the first runs.
 */
async function settle(system: BenchSystem, log: (l: string) => void) {
  const deadline = Date.now() + 180_000;
  let last = await system.sqlStatements();
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1_000));
    const now = await system.sqlStatements();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
  if (quiet < 2) log('The subgraphs were still running statements after 3 minutes; figures include that work.');
}

/** One request of each scenario to each gateway, so no run measures a first query plan or a cold connection pool. */
async function warmUp(system: BenchSystem, scenarios: Scenario[]) {
  for (const s of scenarios.filter((x) => !x.consumes))
    for (const url of [system.gatewayUrl, system.hive.url]) {
      const r = s.requests[0];
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(r.token ? { authorization: `Bearer ${r.token}` } : {}) },
        body: r.body,
      }).then((res) => res.text());
    }
}

/**
 * Every scenario against our gateway, Hive Gateway, and (one-subgraph operations) the subgraph itself, one after
 * the other, each for `durationS`: figures per answer, printed and returned (and written as JSON to `out`).
 */
export async function runBench(system: BenchSystem, opts: BenchOptions): Promise<BenchReport> {
  const log = opts.log ?? ((l: string) => console.log(l));
  await settle(system, log);
  const built = await buildScenarios(system);
  const { size } = built;
  const unknown = opts.only?.filter((n) => !built.scenarios.some((s) => s.name === n)) ?? [];
  if (unknown.length)
    throw new Error(`no scenario ${unknown.join(', ')}; there are ${built.scenarios.map((s) => s.name).join(', ')}`);
  const scenarios = opts.only ? built.scenarios.filter((s) => opts.only!.includes(s.name)) : built.scenarios;
  await warmUp(system, scenarios);
  log(
    `Data: ${size.projects} projects (${size.publishedProjects} published), ${size.volunteers} volunteers, ` +
      `${size.organizations} organizations, ${size.shifts} shifts. ${system.mode}; Hive Gateway plans with ` +
      `the ${system.hive.planner} query planner. ${opts.connections} connections, ${opts.durationS} s per run.`,
  );
  log('            throughput     p50   p95   p99       errors     SQL        gateway   all     (CPU per answer)');
  const results: ScenarioFigures[] = [];
  for (const scenario of scenarios) {
    log(`${scenario.title}`);
    const targets: TargetName[] = ['ours', 'hive', ...(scenario.subgraph ? (['direct'] as const) : [])];
    const figures: TargetFigures[] = [];
    let offset = 0;
    for (const target of targets) {
      const requests = scenario.consumes ? scenario.requests.slice(offset) : scenario.requests;
      if (!requests.length) throw new Error(`${scenario.name}: no requests left for ${target}`);
      const f = await measure(system, target, scenario, requests, opts);
      if (scenario.consumes) offset += f.sentFromList;
      figures.push(f);
      log(line(f));
      if (f.sampleError) log(`           first failure: ${f.sampleError.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
    const by = (t: TargetName) => figures.find((f) => f.target === t);
    const ours = by('ours')!.throughput;
    const direct = by('direct');
    const result: ScenarioFigures = {
      name: scenario.name,
      title: scenario.title,
      targets: figures,
      oursOverHive: ours / by('hive')!.throughput,
      ...(direct ? { oursOverDirect: ours / direct.throughput } : {}),
    };
    log(
      `  ratio: ours/Hive ${fixed(result.oursOverHive, 2)}` +
        (result.oursOverDirect !== undefined ? `, ours/direct ${fixed(result.oursOverDirect, 2)}` : ''),
    );
    results.push(result);
  }
  const overbooked = await overbookedShifts(system.databaseUrl);
  log(`Shifts with more confirmed sign-ups than places: ${overbooked}`);
  const report: BenchReport = {
    at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg(),
    },
    system: system.mode,
    hivePlanner: system.hive.planner,
    data: size,
    durationS: opts.durationS,
    connections: opts.connections,
    scenarios: results,
    overbookedShifts: overbooked,
  };
  if (opts.out) {
    fs.mkdirSync(path.dirname(opts.out), { recursive: true });
    fs.writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
    log(`Written: ${opts.out}`);
  }
  return report;
}
