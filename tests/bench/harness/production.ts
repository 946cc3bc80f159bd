import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { importJWK, type CryptoKey } from 'jose';
import { SUPERGRAPH_FILE } from '../../../schema/compose';
import { SUBGRAPHS } from '../../../schema/registry';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../../gateway/config';
import { freePort, startEmbeddedPostgres, type LocalPostgres } from '../../../gateway/embedded-postgres';
import { generateKeySet, subgraphEnv } from '../../../gateway/keys';
import { mintToken } from '../../../gateway/tokens';
import { SQL_STATEMENTS_QUESTION } from '../../../subgraphs/kit/runtime/main';
import { repoPath } from '../../../subgraphs/kit/runtime/paths';
import { spawnHiveGateway } from '../../testkit/hive-gateway';
import type { BenchSystem } from './system';

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

async function waitReady(name: string, url: string, child: ChildProcess, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} was not ready after ${timeoutMs / 1000} s`);
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

/** A subgraph's SQL statement count, asked over its IPC channel (kit/runtime/main.ts answers). */
function statementsOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a subgraph did not report its SQL statements')), 5_000);
    const onMessage = (m: unknown) => {
      const count = (m as Record<string, unknown> | null)?.[SQL_STATEMENTS_QUESTION];
      if (typeof count !== 'number') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(count);
    };
    child.on('message', onMessage);
    child.send(SQL_STATEMENTS_QUESTION);
  });
}

/**
 * The system as `npm start` runs it, on DATABASE_URL or the embedded PostgreSQL: every subgraph its own process in
 * production mode on its registry port (relays find their peers there), our gateway its own process in production
 * mode, and Hive Gateway its own, over the same subgraphs. Differences from npm start: sources run through swc's
 * require hook instead of the tsc build (the same compiled JavaScript, without a build step), fresh keys (the
 * developer's .qingju/keys.json is left alone), and rate limits lifted (the load comes from one address).
 */
export async function startProductionSystem(): Promise<BenchSystem> {
  const busy = [];
  for (const s of SUBGRAPHS) if (!(await portFree(s.port))) busy.push(s.port);
  if (busy.length) throw new Error(`ports ${busy.join(', ')} are in use; is the city running (npm start)? Stop it.`);
  let postgres: LocalPostgres | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    postgres = await startEmbeddedPostgres(repoPath('.qingju', 'pgdata'), 'qingju');
    databaseUrl = postgres.url;
  }
  const keys = await generateKeySet();
  const swc = ['-r', '@swc-node/register'];
  const subgraphs = new Map<string, ChildProcess>();
  const children: ChildProcess[] = [];
  // Whatever ends the bench, none of its processes outlives it (the gateway does not watch its parent as subgraphs do).
  process.once('exit', () => children.forEach((c) => c.kill('SIGKILL')));
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    await postgres?.stop();
  };
  try {
    for (const entry of SUBGRAPHS) {
      const child = fork(repoPath(entry.folder, 'index.ts'), [], {
        execArgv: swc,
        env: subgraphEnv(entry.name, entry.port, databaseUrl, keys),
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      subgraphs.set(entry.name, child);
      children.push(child);
    }
    await Promise.all(
      SUBGRAPHS.map((e) => waitReady(e.name, `http://127.0.0.1:${e.port}/ready`, subgraphs.get(e.name)!)),
    );
    const port = await freePort();
    const lifted = '1000000000';
    const gateway = fork(repoPath('gateway', 'index.ts'), [], {
      execArgv: swc,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        OPS_PORT: String(await freePort()),
        DATABASE_URL: databaseUrl,
        AUTH_ISSUER: DEV_ISSUER,
        AUTH_AUDIENCE: DEV_AUDIENCE,
        AUTH_JWKS: JSON.stringify({ keys: [keys.issuer.publicJwk] }),
        IDENTITY_PRIVATE_KEY: JSON.stringify(keys.identity.privateJwk),
        RATE_LIMIT_PER_IP: lifted,
        RATE_LIMIT_PER_USER: lifted,
        RATE_LIMIT_PER_PARTNER_APP: lifted,
        RATE_LIMIT_MUTATIONS_PER_USER: lifted,
        RATE_LIMIT_MUTATIONS_PER_IP: lifted,
        RATE_LIMIT_MUTATIONS_PER_PARTNER_APP: lifted,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(gateway);
    await waitReady('gateway', `http://127.0.0.1:${port}/ready`, gateway);
    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${s.port}/graphql`]));
    const hive = await spawnHiveGateway({
      // Measured processes answer loopback only: no cloud metadata probe from libraries that look for one.
      env: { METADATA_SERVER_DETECTION: 'none' },
      supergraphFile: SUPERGRAPH_FILE,
      subgraphUrls,
      auth: { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwks: { keys: [keys.issuer.publicJwk] } },
      identityPrivateJwk: keys.identity.privateJwk,
    });
    const identityKey = (await importJWK(keys.identity.privateJwk, 'EdDSA')) as CryptoKey;
    return {
      mode: 'production mode: 13 subgraph processes, our gateway and Hive Gateway each in its own process',
      gatewayUrl: `http://127.0.0.1:${port}/graphql`,
      hive: { url: hive.url, planner: hive.planner },
      subgraphUrls,
      pids: { gateway: [gateway.pid!], hive: [hive.pid], subgraphs: [...subgraphs.values()].map((c) => c.pid!) },
      async sqlStatements() {
        const counts = await Promise.all([...subgraphs.values()].map(statementsOf));
        return counts.reduce((a, b) => a + b, 0);
      },
      databaseUrl,
      identityKey,
      token: (req) => mintToken(keys.issuer.privateJwk, req, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE }),
      async stop() {
        await hive.stop();
        await stop();
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
