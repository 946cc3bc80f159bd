import type { ClientBase } from 'pg';
import type { Progress } from './progress';

/** Rows per statement: one JSON parameter of a few MB, well inside what PostgreSQL parses quickly. */
const BATCH = 5000;

/**
 * Batched multi-row inserts, one JSON parameter per batch expanded by json_populate_recordset, so a batch of 5,000
 * rows costs one statement and no parameter limit applies (a VALUES list stops at 65,535 parameters). The next batch
 * is generated while the previous one is written: at most one statement in flight, so memory stays bounded.
 * Row-level triggers (the statistics rollups) fire as they would for the subgraphs' own inserts, so every maintained
 * counter agrees with the rows.
 */
export class TableWriter {
  private rows: object[] = [];
  private inFlight: Promise<unknown> = Promise.resolve();
  private columns: string[] | null = null;
  written = 0;

  constructor(
    private readonly db: ClientBase,
    /** schema.table */
    private readonly table: string,
    private readonly progress: Progress,
    /** Tables this one's foreign keys point to: their queued rows are sent first. */
    private readonly parents: TableWriter[] = [],
  ) {}

  /** Queues one row, keyed by column name (snake_case); every row of a table has the same keys. */
  async push(row: object): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    for (const p of this.parents) await p.flush();
    const batch = this.rows;
    this.rows = [];
    this.columns ??= Object.keys(batch[0]!);
    const cols = this.columns.map((c) => `"${c}"`).join(', ');
    await this.inFlight;
    const sql = `INSERT INTO ${this.table} (${cols})
                 SELECT ${cols} FROM json_populate_recordset(null::${this.table}, $1)`;
    // Statements on the one connection run in the order they are sent; each waits for the one before.
    const run = serial(this.db, () => this.db.query(sql, [JSON.stringify(batch)]));
    this.inFlight = run.then(() => {
      this.written += batch.length;
      this.progress.add(batch.length);
    });
    // Failure surfaces at the next flush or at end(); never as an unhandled rejection (whose report would print the
    // database's detail, which can quote a row).
    this.inFlight.catch(() => undefined);
  }

  /** Writes what is left and waits for it. */
  async end(): Promise<number> {
    await this.flush();
    await this.inFlight;
    return this.written;
  }
}

const chains = new WeakMap<ClientBase, Promise<unknown>>();

/** Runs `work` after every statement queued on `db` before it, one at a time. */
function serial<T>(db: ClientBase, work: () => Promise<T>): Promise<T> {
  const next = (chains.get(db) ?? Promise.resolve()).catch(() => undefined).then(work);
  chains.set(db, next);
  return next;
}

/** Writes every row of `rows` to `table` under one progress line; returns the count written. */
export async function writeAll(
  db: ClientBase,
  progress: Progress,
  table: string,
  expected: number,
  rows: Iterable<object>,
): Promise<number> {
  progress.start(table, expected);
  const w = new TableWriter(db, table, progress);
  for (const row of rows) await w.push(row);
  return w.end();
}
