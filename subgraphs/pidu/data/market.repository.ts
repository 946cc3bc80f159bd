import type { EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';

/** Service offers and bookings. */
type Db = Pick<EntityManager, 'query'>;

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

export async function offersByIds(db: Db, ids: readonly string[]): Promise<OfferRow[]> {
  return db.query(`SELECT ${OFFER} FROM service_offer WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

export async function offerById(m: Db, id: string, lock = false): Promise<OfferRow | null> {
  const rows = await m.query(`SELECT ${OFFER} FROM service_offer WHERE id = $1${lock ? ' FOR SHARE' : ''}`, [id]);
  return rows[0] ?? null;
}

/** Active offers, newest first; `after` is [createdAt ISO, id]. */
export async function activeOffers(db: Db, size: number, after: (string | number)[] | null): Promise<OfferRow[]> {
  return db.query(
    `SELECT ${OFFER} FROM service_offer WHERE status = 'ACTIVE'
        AND ($1::timestamptz IS NULL OR (created_at, id) < ($1::timestamptz, $2::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, size + 1],
  );
}

export async function insertOffer(
  m: Db,
  o: Pick<OfferRow, 'providerId' | 'title' | 'description' | 'place' | 'credits'>,
): Promise<OfferRow> {
  const [row] = await m.query(
    `INSERT INTO service_offer (provider_id, title, description, place, credits) VALUES ($1, $2, $3, $4, $5)
     RETURNING ${OFFER}`,
    [o.providerId, o.title, o.description, o.place, o.credits],
  );
  return row;
}

export async function withdrawOffer(m: Db, id: string): Promise<OfferRow> {
  const [[row]] = await m.query(
    `UPDATE service_offer SET status = 'WITHDRAWN', withdrawn_at = coalesce(withdrawn_at, now()) WHERE id = $1
     RETURNING ${OFFER}`,
    [id],
  );
  return row;
}

export async function bookingsByIds(db: Db, ids: readonly string[]): Promise<BookingRow[]> {
  return db.query(`SELECT ${BOOKING} FROM booking WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

export async function bookingById(m: Db, id: string, lock = false): Promise<BookingRow | null> {
  const rows = await m.query(`SELECT ${BOOKING} FROM booking WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] ?? null;
}

/** A volunteer's bookings as buyer or provider, newest first; `after` is [createdAt ISO, id]. */
export async function bookingsOf(
  db: Db,
  column: 'buyer_id' | 'provider_id',
  volunteerId: string,
  size: number,
  after: (string | number)[] | null,
): Promise<BookingRow[]> {
  return db.query(
    `SELECT ${BOOKING} FROM booking WHERE ${column} = $1
        AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $4`,
    [volunteerId, after?.[0] ?? null, after?.[1] ?? null, size + 1],
  );
}

export async function insertBooking(
  m: Db,
  b: Pick<BookingRow, 'offerId' | 'buyerId' | 'providerId' | 'credits'>,
): Promise<BookingRow> {
  const [row] = await m.query(
    `INSERT INTO booking (offer_id, buyer_id, provider_id, credits) VALUES ($1, $2, $3, $4) RETURNING ${BOOKING}`,
    [b.offerId, b.buyerId, b.providerId, b.credits],
  );
  return row;
}

export async function settleBooking(m: Db, id: string, status: 'COMPLETED' | 'CANCELLED'): Promise<BookingRow> {
  const [[row]] = await m.query(
    `UPDATE booking SET status = $2, settled_at = now() WHERE id = $1 RETURNING ${BOOKING}`,
    [id, status],
  );
  return row;
}
