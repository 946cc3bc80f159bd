import type { DataSource } from 'typeorm';
import { exec, rows } from '../../../subgraphs/kit/runtime/sql';
import type { TrafficCounts } from '../counter';

/** A stored day's counts. */
export interface TrafficDayRow extends TrafficCounts {
  day: string;
}

/**
 * Adds one gateway's counts to the stored days, all days in one statement. Adding (never overwriting) lets every
 * gateway replica flush into the same rows; the peak keeps the highest any replica reported.
 */
export async function addTrafficDays(db: DataSource, days: readonly TrafficDayRow[]): Promise<void> {
  if (days.length === 0) return;
  await exec(
    db,
    `INSERT INTO traffic_day AS t (day, requests, queries, mutations, refused, peak_concurrency)
     SELECT * FROM unnest($1::date[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::integer[])
     ON CONFLICT (day) DO UPDATE SET
       requests = t.requests + excluded.requests,
       queries = t.queries + excluded.queries,
       mutations = t.mutations + excluded.mutations,
       refused = t.refused + excluded.refused,
       peak_concurrency = GREATEST(t.peak_concurrency, excluded.peak_concurrency)`,
    [
      days.map((d) => d.day),
      days.map((d) => d.requests),
      days.map((d) => d.queries),
      days.map((d) => d.mutations),
      days.map((d) => d.refused),
      days.map((d) => d.peakConcurrency),
    ],
  );
}

/** The stored days from `from` to `to` (YYYY-MM-DD), in order; days without requests have no row. */
export async function trafficDays(db: DataSource, from: string, to: string): Promise<TrafficDayRow[]> {
  const found = await rows<{ day: string; r: string; q: string; m: string; x: string; p: number }>(
    db,
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, requests AS r, queries AS q, mutations AS m, refused AS x,
            peak_concurrency AS p
       FROM traffic_day WHERE day BETWEEN $1 AND $2 ORDER BY day`,
    [from, to],
  );
  return found.map((f) => ({
    day: f.day,
    requests: Number(f.r),
    queries: Number(f.q),
    mutations: Number(f.m),
    refused: Number(f.x),
    peakConcurrency: f.p,
  }));
}
