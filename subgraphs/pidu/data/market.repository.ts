import { wellFormedIds } from '../../kit/runtime/ids';
import { maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/* Service offers and bookings. */

export interface OfferRow {
  id: string;
  providerId: string;
  title: string;
  description: string;
  place: string;
  credits: number;
  status: 'ACTIVE' | 'WITHDRAWN';
  createdAt: Date;
  /** created_at to the microsecond, for cursors. */
  cursorAt: string;
}

export interface BookingRow {
  id: string;
  offerId: string;
  buyerId: string;
  providerId: string;
  credits: number;
  status: 'HELD' | 'COMPLETED' | 'CANCELLED';
  createdAt: Date;
  settledAt: Date | null;
  cursorAt: string;
}

const OFFER = `id, provider_id AS "providerId", title, description, place, credits::float8 AS credits, status,
  created_at AS "createdAt", created_at::text AS "cursorAt"`;
const BOOKING = `id, offer_id AS "offerId", buyer_id AS "buyerId", provider_id AS "providerId",
  credits::float8 AS credits, status, created_at AS "createdAt", settled_at AS "settledAt",
  created_at::text AS "cursorAt"`;

export function offersByIds(db: Db, ids: readonly string[]): Promise<OfferRow[]> {
  return rows(db, `SELECT ${OFFER} FROM service_offer WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

export function offerById(m: Db, id: string, lock = false): Promise<OfferRow | null> {
  return maybeOne(m, `SELECT ${OFFER} FROM service_offer WHERE id = $1${lock ? ' FOR SHARE' : ''}`, [id]);
}

/** Active offers, newest first; `after` is [createdAt ISO, id]. */
export function activeOffers(db: Db, size: number, after: (string | number)[] | null): Promise<OfferRow[]> {
  return rows(
    db,
    `SELECT ${OFFER} FROM service_offer WHERE status = 'ACTIVE'
        AND ($1::timestamptz IS NULL OR (created_at, id) < ($1::timestamptz, $2::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, size + 1],
  );
}

export function insertOffer(
  m: Db,
  o: Pick<OfferRow, 'providerId' | 'title' | 'description' | 'place' | 'credits'>,
): Promise<OfferRow> {
  return one(
    m,
    `INSERT INTO service_offer (provider_id, title, description, place, credits) VALUES ($1, $2, $3, $4, $5)
     RETURNING ${OFFER}`,
    [o.providerId, o.title, o.description, o.place, o.credits],
  );
}

/** The caller has found the offer (`offerById`), so the UPDATE finds its row. */
export function withdrawOffer(m: Db, id: string): Promise<OfferRow> {
  return one(
    m,
    `UPDATE service_offer SET status = 'WITHDRAWN', withdrawn_at = coalesce(withdrawn_at, now()) WHERE id = $1
     RETURNING ${OFFER}`,
    [id],
  );
}

export function bookingsByIds(db: Db, ids: readonly string[]): Promise<BookingRow[]> {
  return rows(db, `SELECT ${BOOKING} FROM booking WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

export function bookingById(m: Db, id: string, lock = false): Promise<BookingRow | null> {
  return maybeOne(m, `SELECT ${BOOKING} FROM booking WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
}

/** A volunteer's bookings as buyer or provider, newest first; `after` is [createdAt ISO, id]. */
export function bookingsOf(
  db: Db,
  column: 'buyer_id' | 'provider_id',
  volunteerId: string,
  size: number,
  after: (string | number)[] | null,
): Promise<BookingRow[]> {
  return rows(
    db,
    `SELECT ${BOOKING} FROM booking WHERE ${column} = $1
        AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $4`,
    [volunteerId, after?.[0] ?? null, after?.[1] ?? null, size + 1],
  );
}

export function insertBooking(
  m: Db,
  b: Pick<BookingRow, 'offerId' | 'buyerId' | 'providerId' | 'credits'>,
): Promise<BookingRow> {
  return one(
    m,
    `INSERT INTO booking (offer_id, buyer_id, provider_id, credits) VALUES ($1, $2, $3, $4) RETURNING ${BOOKING}`,
    [b.offerId, b.buyerId, b.providerId, b.credits],
  );
}

/** The caller holds the booking's row (`bookingById(m, id, true)`), so the UPDATE finds it. */
export function settleBooking(m: Db, id: string, status: 'COMPLETED' | 'CANCELLED'): Promise<BookingRow> {
  return one(m, `UPDATE booking SET status = $2, settled_at = now() WHERE id = $1 RETURNING ${BOOKING}`, [id, status]);
}
