import { spawnSync } from 'node:child_process';
import net from 'node:net';

/** Where tests that share counts find Redis: REDIS_URL, else the machine's own. */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const address = new URL(REDIS_URL);
const port = Number(address.port || 6379);

/** Whether Redis answers now. */
export const redisUp = () =>
  new Promise<boolean>((resolve) => {
    const s = net
      .connect(port, address.hostname)
      .once('connect', () => {
        s.destroy();
        resolve(true);
      })
      .once('error', () => resolve(false));
  });

/** The same question asked synchronously, so that without Redis a test shows as skipped rather than passing. */
function redisListening(): boolean {
  const probe =
    `require('net').connect(${port}, ${JSON.stringify(address.hostname)})` +
    `.on('connect', () => process.exit(0)).on('error', () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 5_000 }).status === 0;
}

/** CI (CI=true) must prove shared counts on a real Redis: .ci/run starts one if the machine has none running. */
const inCi = !!process.env.CI && !['0', 'false'].includes(process.env.CI);

/** `test` in CI and wherever Redis runs; `test.skip` only on a machine without Redis, outside CI. */
export const withRedis: jest.It = inCi || redisListening() ? test : test.skip;

/** Fails (in CI: never skips) when nothing answers at REDIS_URL. */
export async function requireRedis(): Promise<void> {
  if (!(await redisUp()))
    throw new Error(
      `Nothing answers at ${REDIS_URL}: CI needs a real Redis for this test (.ci/run starts redis-server when ` +
        `the machine has it).`,
    );
}
