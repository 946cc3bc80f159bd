import type { DataSource, EntityManager } from 'typeorm';
import { exec, maybeOne, rows } from '../../kit/runtime/sql';

/**
 * What Pidu's time bank holds about one person (issue 11.3): the account, its ledger, family links, service offers
 * and bookings, all keyed by the random volunteer id.
 */
export async function piduDataOf(db: DataSource, volunteerId: string) {
  const [account, ledger, family, offers, bookings] = await Promise.all([
    maybeOne(
      db,
      `SELECT balance::float8 AS balance, held::float8 AS held, updated_at AS "updatedAt"
         FROM time_bank_account WHERE volunteer_id = $1`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT id::text AS id, kind, amount::float8 AS amount, balance_after::float8 AS "balanceAfter",
              record_id AS "recordId", counterpart_id AS "counterpartId", booking_id AS "bookingId",
              created_at AS "createdAt"
         FROM time_bank_entry WHERE volunteer_id = $1 ORDER BY id`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT id, volunteer_id AS "declaredBy", relative_id AS "relativeId", relation, status,
              created_at AS "createdAt", accepted_at AS "acceptedAt"
         FROM family_link WHERE volunteer_id = $1 OR relative_id = $1 ORDER BY created_at, id`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT id, title, description, place, credits::float8 AS credits, status, created_at AS "createdAt",
              withdrawn_at AS "withdrawnAt"
         FROM service_offer WHERE provider_id = $1 ORDER BY created_at, id`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT id, offer_id AS "offerId", buyer_id AS "buyerId", provider_id AS "providerId",
              credits::float8 AS credits, status, created_at AS "createdAt", settled_at AS "settledAt"
         FROM booking WHERE buyer_id = $1 OR provider_id = $1 ORDER BY created_at, id`,
      [volunteerId],
    ),
  ]);
  return { account, ledger, family, offers, bookings };
}

/**
 * Deregistration: family links (they tie the person to relatives) go and the person's offers are withdrawn. The
 * account and its append-only ledger stay under the random id alone: credits held for bookings and gifts received
 * are other people's figures too, and the replica no longer says whose the id was.
 */
export async function erasePiduPerson(m: EntityManager, volunteerId: string): Promise<void> {
  await exec(m, 'DELETE FROM family_link WHERE volunteer_id = $1 OR relative_id = $1', [volunteerId]);
  await exec(
    m,
    `UPDATE service_offer SET status = 'WITHDRAWN', withdrawn_at = now() WHERE provider_id = $1 AND status = 'ACTIVE'`,
    [volunteerId],
  );
}
