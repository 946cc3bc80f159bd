import fs from 'node:fs';
import autocannon from 'autocannon';
import type { LoadJob, LoadResult } from './load';

/**
 * The load generator's process: never the gateway's, so what it spends on making requests is not counted as the
 * gateway's CPU, and its event loop never delays the answers it times. Requests rotate through the job's list (each
 * sign-up is a new volunteer-and-shift pair); every answer's GraphQL errors are counted, not only HTTP failures.
 */
async function main() {
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as LoadJob;
  let next = 0;
  let graphqlErrors = 0;
  let sample: string | undefined;
  const times: number[] = [];
  const run = (bound: { duration: number } | { amount: number }) => {
    let finish!: (result: autocannon.Result) => void;
    let fail!: (err: unknown) => void;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        ...bound,
        timeout: 20,
        requests: [
          {
            setupRequest: (req) => {
              const item = job.requests[next++ % job.requests.length];
              return {
                ...req,
                method: 'POST',
                body: item.body,
                headers: { 'content-type': 'application/json', 'accept-language': 'en', ...item.headers },
              };
            },
            onResponse: (status, body) => {
              if (status === 200 && !body.includes('"errors"')) return;
              if (status === 200) graphqlErrors++;
              // The errors, not the data before them.
              const from = Math.max(0, body.indexOf('"errors"'));
              sample ??= `${status} ${body.slice(from, from + 400)}`;
            },
          },
        ],
      },
      (err, result) => (err ? fail(err) : finish(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
    return done;
  };
  let result = await run({ duration: job.durationS });
  // Answers still in flight when the time is up are not counted: on a loaded machine a short run of a slow
  // operation may end with none. Then one answer per connection, however long it takes (20 s at most each).
  if (!times.length) {
    const more = await run({ amount: job.connections });
    result = {
      ...more,
      duration: result.duration + more.duration,
      non2xx: result.non2xx + more.non2xx,
      errors: result.errors + more.errors,
      timeouts: result.timeouts + more.timeouts,
    };
  }
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    times.length ? Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]) : 0;
  const out: LoadResult = {
    requests: times.length,
    seconds: result.duration,
    throughput: times.length / result.duration,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    non2xx: result.non2xx,
    socketErrors: result.errors + result.timeouts,
    graphqlErrors,
    sentFromList: next,
    sampleError: sample,
  };
  process.send!(out);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
