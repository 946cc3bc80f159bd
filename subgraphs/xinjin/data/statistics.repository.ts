import { one, type Db } from '../../kit/runtime/sql';

/** Xinjin's points figures over a range of Beijing days, with the volunteers behind each (for suppression). */
export interface PointsFigureRow {
  issued: number;
  issuedPeople: number;
  redeemed: number;
  redeemedPeople: number;
}

/** One statement for a range: points earned less corrections, and points spent on rewards, each with its people. */
export async function pointsFigures(db: Db, from: string, to: string): Promise<PointsFigureRow> {
  return one<PointsFigureRow>(
    db,
    `WITH e AS (
       SELECT * FROM points_entry
       WHERE created_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
     )
     SELECT
       coalesce(sum(amount) FILTER (WHERE kind IN ('EARNED', 'CORRECTED')), 0)::int AS issued,
       (count(DISTINCT volunteer_id) FILTER (WHERE kind IN ('EARNED', 'CORRECTED')))::int AS "issuedPeople",
       coalesce(-sum(amount) FILTER (WHERE kind = 'REDEEMED'), 0)::int AS redeemed,
       (count(DISTINCT volunteer_id) FILTER (WHERE kind = 'REDEEMED'))::int AS "redeemedPeople"
     FROM e`,
    [from, to],
  );
}
