import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One measured run: POSTs to `url`, rotating through `requests`, from `connections` connections for `durationS`. */
export interface LoadJob {
  url: string;
  connections: number;
  durationS: number;
  requests: { body: string; headers: Record<string, string> }[];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Answers per second. */
  throughput: number;
  /** Milliseconds, over every answer of the run. */
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  socketErrors: number;
  /** Answers with HTTP 200 that carry GraphQL errors. */
  graphqlErrors: number;
  /** How many of the job's requests were taken (sign-ups: how many pairs are used up). */
  sentFromList: number;
  /** The first failed answer, for the report. */
  sampleError?: string;
}

/** Runs `job` from a child process (load-process.ts) and returns its figures. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  // The request list can hold thousands of bodies: a file, not the environment or argv.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qingju-bench-')), 'job.json');
  fs.writeFileSync(file, JSON.stringify(job));
  const child = fork(path.join(__dirname, 'load-process.ts'), [file], {
    execArgv: ['-r', '@swc-node/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    return await new Promise<LoadResult>((resolve, reject) => {
      child.once('message', (m) => resolve(m as LoadResult));
      child.once('exit', (code) => reject(new Error(`the load generator exited with code ${code}`)));
    });
  } finally {
    child.kill();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
