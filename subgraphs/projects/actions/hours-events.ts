import type { DataSource, EntityManager } from 'typeorm';
import { emit } from '../../kit/runtime/event-catalogue';
import {
  bumpHoursVersions,
  confirmedRecordFacts,
  confirmedRecordIds,
  confirmedTotals,
  markAnnounced,
} from '../data/hours.repository';

/**
 * Tells the other subgraphs about confirmed hours, in the transaction that confirms them:
 * - `service.confirmed` per record: "record R of volunteer V now counts H confirmed hours" (districts credit time
 *   banks and points from it; a later correction sends the record again with its new hours, so consumers apply the
 *   difference, keyed by recordId);
 * - `volunteer.hours` per volunteer: their new confirmed total with its version (the volunteers subgraph filters
 *   star levels by it, districts keep it in their replicas; each keeps the highest version it has seen).
 *
 * Why the version row is bumped before summing: two transactions confirming hours of one volunteer would otherwise
 * each sum without the other's uncommitted record, and whichever total arrived last would miss hours for good. The
 * bump locks the volunteer's row until commit, so the second transaction waits, and its sum (a later statement, so
 * a fresh snapshot under READ COMMITTED) sees the first one's hours. Versions then follow the order totals were
 * summed, which need not be the order events are delivered in (transactions are delivered in the order they first
 * wrote), so consumers compare versions instead of trusting arrival. Volunteers are locked in id order, so two bulk
 * confirmations never wait on each other in a cycle. A row lock rather than an advisory lock: it is exactly one
 * volunteer, with no key hashed into a number space the whole database server shares.
 */
export async function announceConfirmedHours(m: EntityManager, recordIds: readonly string[]): Promise<void> {
  if (recordIds.length === 0) return;
  const records = await confirmedRecordFacts(m, recordIds);
  for (const r of records) {
    await emit(m, 'service.confirmed', {
      recordId: r.id,
      volunteerId: r.volunteer_id,
      projectId: r.project_id,
      organizationId: r.organization_id,
      districtCode: r.district_code,
      servedOn: r.served_on,
      hours: Number(r.hours),
    });
  }
  const volunteers = [...new Set(records.map((r) => r.volunteer_id))].sort();
  if (volunteers.length === 0) return;
  const versions = await bumpHoursVersions(m, volunteers);
  const totals = await confirmedTotals(m, volunteers);
  const versionOf = new Map(versions.map((v) => [v.volunteer_id, Number(v.version)]));
  for (const t of totals) {
    await emit(m, 'volunteer.hours', {
      volunteerId: t.volunteer_id,
      confirmedHours: Number(t.hours),
      version: versionOf.get(t.volunteer_id)!,
    });
  }
}

/**
 * Demo history is inserted confirmed, bypassing the mutations; it is announced once, so districts and growth
 * filters see the same hours. Whether it was is recorded in `announcement` in the same transaction: the outbox
 * cannot tell, since delivered events are pruned. The insert is the check, so two starts at once announce it once.
 */
export async function announceDemoHistory(db: DataSource): Promise<void> {
  await db.transaction(async (m) => {
    if (!(await markAnnounced(m, 'demo-history'))) return;
    await announceConfirmedHours(m, await confirmedRecordIds(m));
  });
}
