import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { GATEWAY_PORT, SUBGRAPHS, type SubgraphEntry } from '../schema/registry';
import { onShutdownSignal } from '../subgraphs/kit/runtime/http';
import { createLogger } from '../subgraphs/kit/runtime/log';
import { repoPath } from '../subgraphs/kit/runtime/paths';
import { startEmbeddedPostgres, type LocalPostgres } from './embedded-postgres';
import { loadOrCreateDevKeys, subgraphEnv } from './keys';
import { GATEWAY_OPS_PORT } from './config';
import { runGateway } from './main';
import type { RunningGateway } from './server';

/**
 * `npm start`: the whole city on one machine. PostgreSQL from DATABASE_URL or embedded (data kept in .qingju/),
 * every subgraph as its own process (each migrates and loads the demo data), then the gateway in front.
 */
const log = createLogger('launcher', process.env.LOG_LEVEL ?? 'info');
const children = new Map<string, ChildProcess>();
let postgres: LocalPostgres | null = null;
let gateway: RunningGateway | null = null;

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function waitReady(entry: SubgraphEntry, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${entry.name} exited with code ${child.exitCode} while starting`);
    const ok = await fetch(`http://127.0.0.1:${entry.port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${entry.name} was not ready after ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function stopAll(): Promise<void> {
  await gateway?.stop();
  await Promise.all([...children.values()].map(stopChild));
  await postgres?.stop();
  log.info('stopped');
}

async function main() {
  const started = Date.now();
  const busy = [];
  for (const p of [GATEWAY_PORT, GATEWAY_OPS_PORT, ...SUBGRAPHS.map((s) => s.port)])
    if (!(await portFree(p))) busy.push(p);
  if (busy.length) throw new Error(`ports ${busy.join(', ')} are in use; is the city already running? Stop it first.`);

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    postgres = await startEmbeddedPostgres(repoPath('.qingju', 'pgdata'), 'qingju');
    databaseUrl = postgres.url;
    log.info('embedded PostgreSQL started (data in .qingju/pgdata)');
  }
  const keys = await loadOrCreateDevKeys();

  for (const entry of SUBGRAPHS) {
    // fork keeps an IPC channel open: a subgraph stops by itself when the launcher is gone.
    const child = fork(path.join(__dirname, '..', entry.folder, 'index.js'), [], {
      // Production mode for subgraphs; the gateway keeps the caller's NODE_ENV (introspection for developers).
      env: subgraphEnv(entry.name, entry.port, databaseUrl, keys),
      // Own process group: Ctrl-C reaches the launcher only, which then stops every subgraph in order.
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.set(entry.name, child);
  }
  await Promise.all(SUBGRAPHS.map((e) => waitReady(e, children.get(e.name)!)));

  gateway = await runGateway({
    ...process.env,
    // The subgraphs' database, embedded or not: the gateway keeps its request counts (schema `traffic`) and the OAuth
    // server's grants (schema gateway_oauth) there.
    DATABASE_URL: databaseUrl,
    AUTH_JWKS: JSON.stringify({ keys: [keys.issuer.publicJwk] }),
    IDENTITY_PRIVATE_KEY: JSON.stringify(keys.identity.privateJwk),
    OAUTH_SIGNING_KEY: JSON.stringify(keys.oauth.privateJwk),
    OAUTH_COOKIE_KEYS: keys.oauth.cookieKey,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const url = `http://localhost:${gateway.port}/graphql`;
  console.log(`
Qingju 青聚 is up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${SUBGRAPHS.length} subgraphs behind the gateway at
  ${url}
(metrics and readiness per subgraph, for this machine only: ${gateway.opsUrl}/metrics, ${gateway.opsUrl}/ready)

Try:
  curl -s ${url} -H 'content-type: application/json' \\
    -d '{"query":"{ districts { name volunteerCount organizationCount projectCount pidu { title } } }"}'

A token for any role:  npm run -s token -- --role volunteer   (see README)
Ctrl-C stops everything${postgres ? ', the embedded database included' : ''}.
`);
}

// Subgraphs get 10 s each (in parallel), then the database stops: 20 s in all at most.
onShutdownSignal(stopAll, log, 20_000);
main().catch(async (err: unknown) => {
  log.fatal({ err: (err as Error).message }, 'start failed');
  await stopAll().catch(() => undefined);
  process.exit(1);
});
