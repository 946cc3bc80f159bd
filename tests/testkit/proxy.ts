import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A proxy in front of a subgraph that can be made slow, to see what the gateway does with a slow dependency; it
 * also keeps every request it passed on, to see what a subgraph was sent.
 */
export async function startDelayProxy(target: string, delayMs = 0) {
  let delay = delayMs;
  const seen: { method: string; path: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? 'GET', path: req.url ?? '/', body: Buffer.concat(chunks).toString('utf8') });
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
          res.writeHead(upstream.status, {
            'content-type': upstream.headers.get('content-type') ?? 'application/json',
          });
          res.end(Buffer.from(await upstream.arrayBuffer()));
        } catch {
          res.destroy();
        }
      }, delay).unref();
    });
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
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
