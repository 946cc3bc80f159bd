import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A proxy in front of a subgraph that can be made slow, to see what the gateway does with a slow dependency; it
 * also keeps every request it passed on, to see what a subgraph was sent. `holdUntil(n)` keeps requests waiting
 * until n of them are, then passes them all on: n requests are then in flight at the gateway at once, however the
 * machine schedules them. `hold()` keeps every request waiting until `release()`.
 */
export async function startDelayProxy(target: string, delayMs = 0) {
  let delay = delayMs;
  const seen: { method: string; path: string; body: string; headers: http.IncomingHttpHeaders }[] = [];
  let held: (() => void)[] = [];
  let holdFor = 0;
  const pass = (go: () => void) => {
    if (holdFor === 0) return go();
    held.push(go);
    if (held.length < holdFor) return;
    const release = held;
    [held, holdFor] = [[], 0];
    release.forEach((g) => g());
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        body: Buffer.concat(chunks).toString('utf8'),
        headers: req.headers,
      });
      pass(() => forward());
    });
    const forward = () =>
      setTimeout(async () => {
        try {
          const upstream = await fetch(new URL(req.url ?? '/', target), {
            method: req.method,
            headers: Object.fromEntries(
              Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)) as [
                string,
                string,
              ][],
            ),
            body: req.method === 'GET' ? undefined : Buffer.concat(chunks),
          });
          // The subgraph's Cache-Control too: the gateway computes its cache policy from it.
          const cacheControl = upstream.headers.get('cache-control');
          res.writeHead(upstream.status, {
            'content-type': upstream.headers.get('content-type') ?? 'application/json',
            ...(cacheControl ? { 'cache-control': cacheControl } : {}),
          });
          res.end(Buffer.from(await upstream.arrayBuffer()));
        } catch {
          res.destroy();
        }
      }, delay).unref();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    origin: `http://127.0.0.1:${port}`,
    seen,
    setDelay: (ms: number) => {
      delay = ms;
    },
    holdUntil: (n: number) => {
      holdFor = n;
    },
    hold: () => {
      holdFor = Infinity;
    },
    release: () => {
      const release = held;
      [held, holdFor] = [[], 0];
      release.forEach((g) => g());
    },
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
