import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEBHOOK_ID_HEADER, WEBHOOK_SIGNATURE_HEADER } from '../../subgraphs/kit/runtime/webhooks';

/** One request a partner's webhook endpoint received, as it arrived. */
export interface Received {
  /** The request's path: a test gives each app its own on one receiver. */
  path: string;
  id: string;
  signature: string;
  body: string;
  parsed: { id: string; type: string; occurredAt: string; citizen: { sub: string }; data: Record<string, unknown> };
  at: number;
  /** The status this endpoint answered with. */
  answered: number;
}

/**
 * A partner app's webhook endpoint on 127.0.0.1: records every request, and answers each with what `answer` says
 * (200 by default), so a test can make it fail.
 */
export async function startReceiver() {
  const received: Received[] = [];
  let answer: (req: { id: string; type: string }) => number = () => 200;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const parsed = JSON.parse(body) as Received['parsed'];
      const status = answer({ id: parsed.id, type: parsed.type });
      received.push({
        path: req.url ?? '',
        id: String(req.headers[WEBHOOK_ID_HEADER]),
        signature: String(req.headers[WEBHOOK_SIGNATURE_HEADER]),
        body,
        parsed,
        at: Date.now(),
        answered: status,
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return {
    url,
    received,
    answerWith(fn: typeof answer) {
      answer = fn;
    },
    /** Waits until `pick` finds what it looks for among the received requests. */
    async waitFor<T>(pick: (all: Received[]) => T | undefined | false, timeoutMs = 30_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = pick(received);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`webhook not received in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
