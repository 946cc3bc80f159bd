import { ledgerFigures } from '../../kit/district/ledger-figures.repository';
import type { Db } from '../../kit/runtime/sql';
import { TIME_BANK_FIGURES } from './ledger-figures';

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
 * Every figure of a range in one statement: credits issued (earned less corrections) and credits paid to providers
 * from the time bank's rollups (`ledgerFigures`), and beside them from the booking table (a few a day) credits still
 * held for bookings made in the range and the bookings made; each with its distinct people.
 */
export async function timeBankFigures(db: Db, from: string, to: string): Promise<TimeBankFigureRow> {
  const { groups, besides } = await ledgerFigures<
    Pick<TimeBankFigureRow, 'held' | 'heldPeople' | 'bookings' | 'bookingPeople'>
  >(
    db,
    TIME_BANK_FIGURES,
    from,
    to,
    `SELECT coalesce(sum(credits) FILTER (WHERE status = 'HELD'), 0)::float8 AS held,
            (count(DISTINCT buyer_id) FILTER (WHERE status = 'HELD'))::int AS "heldPeople",
            count(*)::int AS bookings, count(DISTINCT buyer_id)::int AS "bookingPeople"
       FROM booking
      WHERE created_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
        AND created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`,
  );
  const issued = groups.get('issued')!;
  const spent = groups.get('spent')!;
  return {
    issued: issued.amount,
    issuedPeople: issued.people,
    ...besides,
    spent: spent.amount,
    spentPeople: spent.people,
  };
}
