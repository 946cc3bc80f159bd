import { emit } from '../../kit/runtime/event-catalogue';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import type { DistrictRequest } from '../../kit/district/platform';
import { actingVolunteer } from '../../kit/district/volunteers';
import { appError, badInput, conflict, forbidden, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { optionalIdempotencyKey, requireText } from '../../kit/runtime/input';
import { lockAccounts, post } from '../data/ledger.repository';
import {
  bookingById,
  insertBooking,
  insertOffer,
  offerById,
  settleBooking,
  withdrawOffer,
  type BookingRow,
  type OfferRow,
} from '../data/market.repository';
import { isCreditAmount, room } from '../rules/time-bank';
import { oncePerKey } from './idempotency';
import { assertBalance, assertCanSpend } from './ledger';

export interface OfferInput {
  title: string;
  description: string;
  place: string;
  credits: number;
}

/** The most one service may cost: a long day's help. */
export const MAX_OFFER_CREDITS = 100;

export async function postOffer(db: DataSource, caller: Caller, input: OfferInput): Promise<OfferRow> {
  const offer = {
    title: requireText(input.title, 'title', 2, 40),
    description: requireText(input.description, 'description', 1, 500),
    place: requireText(input.place, 'place', 2, 100),
    credits: input.credits,
  };
  if (!isCreditAmount(offer.credits, MAX_OFFER_CREDITS)) {
    throw badInput(`credits must be between 0.5 and ${MAX_OFFER_CREDITS}, in steps of 0.5.`, 'credits');
  }
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    return insertOffer(m, { ...offer, providerId: me.volunteerId });
  });
}

/** A provider withdraws their own offer; Pidu's district admin (or a city admin) any offer, e.g. one against rules. */
export async function withdraw(req: DistrictRequest, offerId: string): Promise<OfferRow> {
  const { db, caller } = req;
  requireUuid(offerId, 'offerId');
  // Read before the transaction, so no connection is held while the admin list is looked up.
  const isAdmin = await req.loaders.administersDistrict('pidu');
  return db.transaction(async (m) => {
    const offer = await offerById(m, offerId);
    if (!offer) throw notFound('No service offer has this id.');
    if (!isAdmin) {
      const me = await actingVolunteer(m, caller);
      if (me.volunteerId !== offer.providerId)
        throw forbidden("Only the volunteer who posted this offer, or Pidu's district admin, can withdraw it.");
    }
    return withdrawOffer(m, offerId);
  });
}

/**
 * Booking moves the price from the buyer's balance into escrow; the provider is paid when the buyer confirms.
 * A retry with the same idempotency key returns the first booking (even if the offer was withdrawn since).
 */
export async function book(
  db: DataSource,
  caller: Caller,
  offerId: string,
  idempotencyKey?: string | null,
): Promise<BookingRow> {
  requireUuid(offerId, 'offerId');
  const key = optionalIdempotencyKey(idempotencyKey);
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const { resultId } = await oncePerKey(m, me.volunteerId, key, `book:${offerId}`, async () => {
      const offer = await offerById(m, offerId, true);
      if (!offer) throw notFound('No service offer has this id.');
      if (offer.status !== 'ACTIVE')
        throw appError('OFFER_WITHDRAWN', 'This offer has been withdrawn; choose another one.');
      if (offer.providerId === me.volunteerId) throw badInput('You cannot book your own offer.', 'offerId');
      assertCanSpend(me);
      const mine = (await lockAccounts(m, [me.volunteerId])).get(me.volunteerId)!;
      assertBalance(mine.balance, offer.credits);
      const booking = await insertBooking(m, {
        offerId,
        buyerId: me.volunteerId,
        providerId: offer.providerId,
        credits: offer.credits,
      });
      await post(m, me.volunteerId, 'HELD', -offer.credits, {
        heldDelta: offer.credits,
        bookingId: booking.id,
        counterpartId: offer.providerId,
      });
      // The provider learns of the booking with it (once: a retry with the same key does not come back here).
      await emit(m, 'notification.requested', {
        kind: 'BOOKING_REQUEST',
        recipient: { volunteerId: offer.providerId },
        params: { bookingId: booking.id, serviceTitle: offer.title, district: 'pidu' },
        dedupeKey: `booking-request:${booking.id}`,
      });
      return booking.id;
    });
    return (await bookingById(m, resultId))!;
  });
}

/** Locks a held booking the caller is part of. */
async function openBooking(m: EntityManager, caller: Caller, bookingId: string) {
  requireUuid(bookingId, 'bookingId');
  const me = await actingVolunteer(m, caller);
  const booking = await bookingById(m, bookingId, true);
  if (!booking || (booking.buyerId !== me.volunteerId && booking.providerId !== me.volunteerId))
    throw notFound('No booking with this id is yours.');
  if (booking.status !== 'HELD')
    throw conflict(`This booking is already ${booking.status === 'COMPLETED' ? 'completed' : 'cancelled'}.`);
  return { me, booking };
}

/**
 * The buyer confirms the service done: the held credits go to the provider as far as their cap allows, and any
 * part the provider cannot store goes back to the buyer, so no credit is lost.
 */
export async function complete(db: DataSource, caller: Caller, bookingId: string): Promise<BookingRow> {
  return db.transaction(async (m) => {
    const { me, booking } = await openBooking(m, caller, bookingId);
    if (booking.buyerId !== me.volunteerId)
      throw forbidden('Only the volunteer who booked the service confirms it done.');
    const accounts = await lockAccounts(m, [booking.buyerId, booking.providerId]);
    const provider = accounts.get(booking.providerId)!;
    const paid = Math.min(booking.credits, room(provider.balance, provider.held));
    const refs = { bookingId: booking.id };
    await post(m, booking.buyerId, 'RELEASED', booking.credits - paid, {
      ...refs,
      heldDelta: -booking.credits,
      counterpartId: booking.providerId,
    });
    await post(m, booking.providerId, 'PAID', paid, { ...refs, counterpartId: booking.buyerId });
    return settleBooking(m, booking.id, 'COMPLETED');
  });
}

/** Either side calls it off before completion: the held credits return to the buyer. */
export async function cancel(db: DataSource, caller: Caller, bookingId: string): Promise<BookingRow> {
  return db.transaction(async (m) => {
    const { booking } = await openBooking(m, caller, bookingId);
    await lockAccounts(m, [booking.buyerId]);
    await post(m, booking.buyerId, 'RELEASED', booking.credits, {
      heldDelta: -booking.credits,
      bookingId: booking.id,
      counterpartId: booking.providerId,
    });
    return settleBooking(m, booking.id, 'CANCELLED');
  });
}
