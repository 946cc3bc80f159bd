import { repoPath } from '../../../subgraphs/kit/runtime/paths';
import { runBench } from './bench';
import { startProductionSystem } from './production';

/**
 * npm run bench: starts the system in production mode on DATABASE_URL (or the embedded PostgreSQL), drives it from a
 * separate process, prints the figures and writes them to bench-results/latest.json. BENCH_DURATION (seconds per
 * run, default 3) and BENCH_CONNECTIONS (default 10) set the load; every run is bounded by its duration. BENCH_ONLY
 * (scenario names, comma-separated, e.g. search,dashboard) runs some of them.
 */
async function main() {
  const durationS = Number(process.env.BENCH_DURATION ?? 3);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  // Identity headers for direct subgraph calls live 60 s, and a run must fit in them.
  if (!(durationS > 0 && durationS <= 50)) throw new Error('BENCH_DURATION must be 1 to 50 seconds');
  if (!(connections > 0 && connections <= 500)) throw new Error('BENCH_CONNECTIONS must be 1 to 500');
  const started = Date.now();
  const system = await startProductionSystem();
  console.log(`System up in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  try {
    const only = process.env.BENCH_ONLY?.split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    await runBench(system, { durationS, connections, only, out: repoPath('bench-results', 'latest.json') });
  } finally {
    await system.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
