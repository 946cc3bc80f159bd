import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import express, { type Express } from 'express';

/** Readiness as seen by /ready: a name per check, false when that dependency cannot serve. */
export type ReadinessCheck = () => Promise<Record<string, boolean>>;

/** How /ready answers. */
export interface ReadyOptions {
  /**
   * Failed checks are reported (status "degraded") but still answer 200: a gateway with one subgraph down still
   * serves partial data and should stay in rotation.
   */
  degradedIsReady?: boolean;
  /**
   * Name each check and its result (default). Off on a public port: which dependency is down, and what the
   * dependencies are called, is for operators, not for anyone who can reach the API; balancers need the status only.
   */
  details?: boolean;
}

/**
 * An express app with liveness (/health: the process answers) and readiness (/ready: it can serve now; 503 while
 * starting, shutting down or when a dependency is down, so a balancer stops sending before the process exits).
 */
export function createHttpApp(
  readiness: ReadinessCheck,
  isStopping: () => boolean,
  options: ReadyOptions = {},
): Express {
  const { degradedIsReady = false, details = true } = options;
  const app = express();
  app.disable('x-powered-by');
  // While stopping, every answer closes its connection behind it: a client on a kept-alive socket learns from the
  // response itself not to send there again, instead of finding the socket reset under its next request.
  app.use((_req, res, next) => {
    if (isStopping()) res.setHeader('Connection', 'close');
    next();
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = isStopping() ? { shuttingDown: false } : await readiness().catch(() => ({ checks: false }));
    const allUp = Object.values(checks).every(Boolean);
    const ready = !isStopping() && (allUp || degradedIsReady);
    const status = allUp ? 'ready' : ready ? 'degraded' : 'not ready';
    res.status(ready ? 200 : 503).json(details ? { status, checks } : { status });
  });
  return app;
}

/** A listening server and how to drain it. */
export interface ListeningServer {
  server: http.Server;
  port: number;
  /**
   * Stops listening once no connection is left, without cutting a socket a client may be using: connections end
   * after their next answer (which carries `Connection: close` while stopping), an idle one is closed only after
   * `idleMs` unused, and whatever remains at `deadlineMs` is closed by force.
   */
  drain(deadlineMs: number, idleMs?: number): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and resolves with the server and the port it got. */
export async function listen(app: Express, port: number, host: string): Promise<ListeningServer> {
  const server = http.createServer(app);
  const connections = trackConnections(server);
  // Keep-alive longer than the gateway's agent idle time, so the gateway never reuses a socket we just closed.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    drain: (deadlineMs, idleMs) => connections.drain(deadlineMs, idleMs),
  };
}

/** How often a drain looks at its connections. */
const DRAIN_TICK_MS = 50;

/**
 * Counts requests per socket. Node's own `server.close()` destroys idle keep-alive sockets at once, and a client
 * that had just sent its next request on one sees ECONNRESET; here a socket is closed only when nobody uses it.
 */
function trackConnections(server: http.Server) {
  const sockets = new Map<Socket, { busy: number; idleSince: number; res?: http.ServerResponse }>();
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { busy: 0, idleSince: Date.now() });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const state = sockets.get(req.socket);
    if (!state) return;
    state.busy++;
    state.res = res;
    res.once('close', () => {
      state.busy--;
      state.idleSince = Date.now();
      state.res = undefined;
    });
  });
  return {
    async drain(deadlineMs: number, idleMs = 1_000) {
      const deadline = Date.now() + deadlineMs;
      // Answers already under way close their connection too, if their headers have not gone out yet.
      for (const { res } of sockets.values()) if (res && !res.headersSent) res.setHeader('Connection', 'close');
      // Still listening: a client that reaches us before its balancer notices readiness failing is served (and
      // told to close) rather than refused.
      while (sockets.size > 0 && Date.now() < deadline) {
        const now = Date.now();
        for (const [socket, state] of sockets) if (state.busy === 0 && now - state.idleSince >= idleMs) socket.end();
        await new Promise((r) => setTimeout(r, DRAIN_TICK_MS));
      }
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
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
