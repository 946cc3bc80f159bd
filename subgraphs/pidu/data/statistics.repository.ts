import { one, type Db } from '../../kit/runtime/sql';

/** Pidu's time-bank figures over a range of Beijing days, with the people behind each (for suppression). */
export interface TimeBankFigureRow {
  issued: number;
  issuedPeople: number;
  held: number;
  heldPeople: number;
  spent: number;
  spentPeople: number;
  bookings: number;
  bookingPeople: number;
}

/**
 * One statement for every figure of a range: credits issued (earned less corrections), credits still held for
 * bookings made in the range, credits paid to providers, and bookings made; each with its distinct volunteers.
 */
export async function timeBankFigures(db: Db, from: string, to: string): Promise<TimeBankFigureRow> {
  return one<TimeBankFigureRow>(
    db,
    `WITH span AS (
       SELECT ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai' AS lo,
              ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' AS hi
     ), e AS (
       SELECT t.* FROM time_bank_entry t, span WHERE t.created_at >= span.lo AND t.created_at < span.hi
     ), b AS (
       SELECT k.* FROM booking k, span WHERE k.created_at >= span.lo AND k.created_at < span.hi
     )
     SELECT
       (SELECT coalesce(sum(amount), 0)::float8 FROM e WHERE kind IN ('EARNED', 'CORRECTED')) AS issued,
       (SELECT count(DISTINCT volunteer_id)::int FROM e WHERE kind IN ('EARNED', 'CORRECTED')) AS "issuedPeople",
       (SELECT coalesce(sum(credits), 0)::float8 FROM b WHERE status = 'HELD') AS held,
       (SELECT count(DISTINCT buyer_id)::int FROM b WHERE status = 'HELD') AS "heldPeople",
       (SELECT coalesce(sum(amount), 0)::float8 FROM e WHERE kind = 'PAID') AS spent,
       (SELECT count(DISTINCT counterpart_id)::int FROM e WHERE kind = 'PAID') AS "spentPeople",
       (SELECT count(*)::int FROM b) AS bookings,
       (SELECT count(DISTINCT buyer_id)::int FROM b) AS "bookingPeople"`,
    [from, to],
  );
}
