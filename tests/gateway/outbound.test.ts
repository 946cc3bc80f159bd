import diagnostics from 'node:diagnostics_channel';
import type net from 'node:net';
import { expectNoErrors, post, startCity, type City } from '../testkit/city';

/**
 * The gateway calls only what it was configured to call: our subgraphs and services on this machine. Not Apollo's
 * usage reporting, not the cloud metadata addresses a library probes to label that reporting (issue 14 found
 * 169.254.169.254 being tried from the gateway's process).
 */
const attempts: string[] = [];
const watch = ({ socket }: { socket: net.Socket }) =>
  socket.on('connectionAttempt', (ip: string, port: number) => attempts.push(`${ip}:${port}`));
diagnostics.subscribe('net.client.socket', watch as (message: unknown) => void);

let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(async () => {
  diagnostics.unsubscribe('net.client.socket', watch as (message: unknown) => void);
  await city?.stop();
});

const loopback = (address: string) => /^(127\.|::1$|::ffff:127\.)/.test(address.replace(/:\d+$/, ''));

test('a gateway in production mode connects to nothing but this machine while it starts and answers', async () => {
  attempts.length = 0;
  const prod = await city.startGateway({ production: true });
  try {
    const data = expectNoErrors(
      await post<{ projects: { edges: unknown[] } }>(
        prod.url,
        'query Outbound { projects(first: 2) { edges { node { title } } } }',
      ),
    );
    expect(data.projects.edges.length).toBeGreaterThan(0);
    // The metadata probes start as the gateway is built and are answered (or refused) within a second or two; give
    // them that long to show before looking.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(attempts.length).toBeGreaterThan(0);
    expect(attempts.filter((a) => !loopback(a))).toEqual([]);
  } finally {
    await prod.stop();
  }
});
