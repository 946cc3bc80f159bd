import crypto from 'node:crypto';
import type { Pool } from 'pg';
import { PgBoss } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Logger } from './log';

/**
 * Durable delayed jobs (pg-boss) for work a subgraph must do at a time to come, whether or not it was running in
 * between: a job is a row, queued in the transaction of the change that calls for it and run once the time has come
 * by whichever instance polls first. A run may repeat (a crash after the work, before the job is marked done), so
 * the work itself must land once however often it runs: jobs here emit events with a dedupe key.
 */

/** One kind of job: its queue, and what a run does with the job's data on the background work's data source. */
export interface JobKind<D extends object> {
  name: string;
  run: (db: DataSource, data: D, log: Logger) => Promise<void>;
}

export interface JobQueue {
  /**
   * Queues `data` for `kind` to run from `runAt`, in the transaction of `m`: the job exists exactly when that
   * commits. `key` names the job: queueing the same key again while the first is kept adds nothing.
   */
  send<D extends object>(m: EntityManager, kind: JobKind<D>, data: D, key: string, runAt: Date): Promise<void>;
  stop(): Promise<void>;
}

/** pg-boss's tables live beside the subgraph's, in a schema of their own that the subgraph owns. */
export const jobSchemaOf = (subgraph: string) => `${subgraph}_jobs`;

// The queue a request's transaction writes to, found by the request's data source: several cities may run in one
// process (tests), each with its own.
const queues = new WeakMap<DataSource, JobQueue>();

/** The job queue started for this data source's subgraph; refuses if there is none (a bug, not a user's error). */
export function jobQueueOf(db: DataSource): JobQueue {
  const queue = queues.get(db);
  if (!queue) throw new Error('no job queue runs for this data source');
  return queue;
}

/** A job's id from its key: the same key is the same row, so sending it twice inserts it once. */
function jobId(key: string): string {
  const h = crypto.createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Keeps a waiting job until a day after it is due (pg-boss deletes waiting jobs after 14 days by default). */
const RETAIN_AFTER_DUE_S = 86_400;

export interface JobQueueOptions {
  subgraph: string;
  /** The background work's data source: pg-boss polls on its pool, and runs read and write through it. */
  db: DataSource;
  /** The requests' data source, whose transactions queue jobs (jobQueueOf). */
  requestDb: DataSource;
  /** Every kind of job this subgraph sends (any data: each run gets the data its kind was sent with). */
  kinds: readonly JobKind<never>[];
  log: Logger;
  /** Seconds between polls for due jobs (pg-boss's default: 2). */
  pollSeconds?: number;
}

/** Installs or migrates pg-boss in the subgraph's job schema, creates the queues and starts working them. */
export async function startJobQueue(opts: JobQueueOptions): Promise<JobQueue> {
  const { log } = opts;
  const pool = (opts.db.driver as PostgresDriver).master as Pool;
  const boss = new PgBoss({
    schema: jobSchemaOf(opts.subgraph),
    db: { executeSql: (text, values) => pool.query(text, values) },
    // Its own timers would keep a test process waiting; nothing here needs the cron scheduler.
    schedule: false,
  });
  // pg-boss reports failures of its polls and maintenance as events; without a listener they would be thrown.
  boss.on('error', (err: Error) => log.error({ err }, 'job queue failed'));
  await boss.start();
  for (const kind of opts.kinds) {
    await boss.createQueue(kind.name);
    await boss.work<object>(kind.name, { pollingIntervalSeconds: opts.pollSeconds ?? 2 }, async ([job]) => {
      await kind.run(opts.db, job.data as never, log);
    });
  }
  const queue: JobQueue = {
    async send(m, kind, data, key, runAt) {
      const retentionSeconds = Math.max(0, Math.ceil((runAt.getTime() - Date.now()) / 1000)) + RETAIN_AFTER_DUE_S;
      await boss.send(kind.name, data, {
        id: jobId(key),
        startAfter: runAt,
        retentionSeconds,
        // Through the transaction's own connection, so the job commits or rolls back with the change.
        db: {
          executeSql: async (text, values) => ({
            rows: (await m.queryRunner!.query(text, values, true)).records as unknown[],
          }),
        },
      });
    },
    async stop() {
      queues.delete(opts.requestDb);
      // Waits for a run in progress, so a stopping subgraph does not leave its job half-done.
      await boss.stop({ graceful: true, close: false, timeout: 10_000 });
    },
  };
  queues.set(opts.requestDb, queue);
  return queue;
}
