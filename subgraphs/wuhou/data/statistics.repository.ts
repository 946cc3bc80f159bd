import { one, type Db } from '../../kit/runtime/sql';
import type { NeedStatus } from './need.repository';

export const NEED_STATUSES: readonly NeedStatus[] = ['OPEN', 'TAKEN', 'DONE', 'CANCELLED'];

/** The needs board's figures over a range of Beijing days, with the people behind each (for suppression). */
export interface BoardFigureRow {
  /** Needs posted in the range by their status now, and the residents who posted them, in NEED_STATUSES' order. */
  needs: number[];
  posters: number[];
  /** Honor hours of needs confirmed done in the range, and the volunteers who did them. */
  honorHours: number;
  honorVolunteers: number;
}

/**
 * One statement for every figure of a range: needs posted in it counted by their status now, each with its distinct
 * residents; honor hours of needs the residents confirmed done in it, with their distinct takers.
 */
export function boardFigures(db: Db, from: string, to: string): Promise<BoardFigureRow> {
  return one<BoardFigureRow>(
    db,
    `WITH span AS (
       SELECT ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai' AS lo,
              ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' AS hi
     ), posted AS (
       SELECT n.status, n.resident_account FROM need n, span WHERE n.posted_at >= span.lo AND n.posted_at < span.hi
     ), done AS (
       SELECT n.honor_hours, n.taker_volunteer_id FROM need n, span
        WHERE n.status = 'DONE' AND n.done_at >= span.lo AND n.done_at < span.hi
     )
     SELECT
       (SELECT array_agg((SELECT count(*) FROM posted p WHERE p.status = s)::int ORDER BY o)
          FROM unnest($3::text[]) WITH ORDINALITY AS u(s, o)) AS needs,
       (SELECT array_agg((SELECT count(DISTINCT resident_account) FROM posted p WHERE p.status = s)::int ORDER BY o)
          FROM unnest($3::text[]) WITH ORDINALITY AS u(s, o)) AS posters,
       (SELECT coalesce(sum(honor_hours), 0)::float8 FROM done) AS "honorHours",
       (SELECT count(DISTINCT taker_volunteer_id)::int FROM done) AS "honorVolunteers"`,
    [from, to, NEED_STATUSES],
  );
}
