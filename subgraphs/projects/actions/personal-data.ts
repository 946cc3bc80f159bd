import { eraseCardDigest } from '../data/card.repository';
import type { DataSource, EntityManager } from 'typeorm';
import { eraseAccessLog } from '../../kit/runtime/access-log';
import { on } from '../../kit/runtime/event-catalogue';
import { iso } from '../../kit/runtime/timestamps';
import {
  eraseActivityTraces,
  exportedCorrections,
  exportedFeed,
  exportedRecords,
  exportedSignups,
  futureLiveSignups,
} from '../data/personal-data.repository';
import { lockShift, lockSignup } from '../data/signup.repository';
import { eraseCompletedCourses } from '../data/training.repository';
import { releasePlace } from './signup';

/** Timestamps in the export as ISO 8601, like every timestamp the API hands out. */
const isoDates = <T extends object>(row: T) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? iso(v) : v]));

/** This subgraph's section of the person's data export. */
export async function exportSection(db: DataSource, volunteerId: string) {
  const [signups, serviceRecords, corrections, feed] = await Promise.all([
    exportedSignups(db, volunteerId),
    exportedRecords(db, volunteerId),
    exportedCorrections(db, volunteerId),
    exportedFeed(db, volunteerId),
  ]);
  return {
    signups: signups.map(isoDates),
    serviceRecords: serviceRecords.map(isoDates),
    hoursCorrectionRequests: corrections.map(isoDates),
    calendarFeed: feed ? { token: feed.token, createdAt: iso(feed.createdAt) } : null,
  };
}

/**
 * Cancels the person's sign-ups on shifts not started yet, each freed place going to the first on the waitlist, as a
 * cancellation would. Runs after the kit's replica handler erased the replica row in this transaction: that row lock
 * is the one sign-ups take first, so a sign-up racing the deregistration either committed before (and is cancelled
 * here) or finds no registration. Shifts are locked before sign-ups, as everywhere.
 */
async function cancelFutureSignups(m: EntityManager, volunteerId: string): Promise<void> {
  for (const { id, shiftId } of await futureLiveSignups(m, volunteerId)) {
    const shift = (await lockShift(m, shiftId))!;
    const signup = (await lockSignup(m, id))!;
    if (signup.status !== 'CANCELLED') await releasePlace(m, shift, signup);
  }
}

/**
 * A volunteer deregistered: future sign-ups cancelled (places freed), notifications, feed, the access log and the
 * replica of their completed courses erased; service records and past sign-ups kept under the random volunteer id
 * alone (README: retention).
 */
export const volunteerDeregistered = on('volunteer.deregistered', async (p, { manager }) => {
  await cancelFutureSignups(manager, p.volunteerId);
  await eraseActivityTraces(manager, p.volunteerId);
  await eraseAccessLog(manager, p.volunteerId);
  await eraseCardDigest(manager, p.volunteerId);
  await eraseCompletedCourses(manager, p.volunteerId);
});
