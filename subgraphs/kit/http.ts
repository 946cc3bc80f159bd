import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';

/** Readiness as seen by /ready: a name per check, false when that dependency cannot serve. */
export type ReadinessCheck = () => Promise<Record<string, boolean>>;

/**
 * An express app with liveness (/health: the process answers) and readiness (/ready: it can serve now; 503 while
 * starting, shutting down or when a dependency is down, so a balancer stops sending before the process exits).
 * With `degradedIsReady`, failed checks are reported (status "degraded") but still answer 200: a gateway with one
 * subgraph down still serves partial data and should stay in rotation.
 */
export function createHttpApp(readiness: ReadinessCheck, isStopping: () => boolean, degradedIsReady = false): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = isStopping() ? { shuttingDown: false } : await readiness().catch(() => ({ checks: false }));
    const allUp = Object.values(checks).every(Boolean);
    const ready = !isStopping() && (allUp || degradedIsReady);
    res.status(ready ? 200 : 503).json({ status: allUp ? 'ready' : ready ? 'degraded' : 'not ready', checks });
  });
  return app;
}

/** Listens on `port` (0 picks a free one) and resolves with the server and the port it got. */
export async function listen(app: Express, port: number, host: string): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer(app);
  // Keep-alive longer than the gateway's agent idle time, so the gateway never reuses a socket we just closed.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

/**
 * Runs `stop` once on SIGTERM or SIGINT, then exits. Repeats of the signal (npm and the shell pass Ctrl-C on too)
 * are ignored; if stopping takes longer than `deadlineMs`, the process exits anyway.
 */
export function onShutdownSignal(
  stop: () => Promise<void>,
  log: { info: (m: string) => void; error: (o: object, m: string) => void },
  deadlineMs = 10_000,
): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, shutting down`);
    setTimeout(() => {
      log.error({ deadlineMs }, 'shutdown deadline passed, exiting');
      process.exit(1);
    }, deadlineMs).unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
