import type { DataSource, EntityManager } from 'typeorm';
import { emitEvent } from '../../kit/events';

/**
 * Tells the other subgraphs about confirmed hours, in the transaction that confirms them:
 * - `service.confirmed` per record: "record R of volunteer V now counts H confirmed hours" (districts credit time
 *   banks and points from it; a later correction sends the record again with its new hours, so consumers apply the
 *   difference, keyed by recordId);
 * - `volunteer.hours` per volunteer: their new confirmed total (the volunteers subgraph filters star levels by it).
 */
export async function announceConfirmedHours(m: EntityManager, recordIds: readonly string[]): Promise<void> {
  if (recordIds.length === 0) return;
  const records: Record<string, string>[] = await m.query(
    `SELECT r.id, r.volunteer_id, r.project_id, to_char(r.served_on, 'YYYY-MM-DD') AS served_on, r.hours,
            p.organization_id, p.district_code
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.id = ANY($1) AND r.status = 'CONFIRMED' ORDER BY r.served_on, r.id`,
    [recordIds],
  );
  for (const r of records) {
    await emitEvent(m, 'service.confirmed', {
      recordId: r.id, volunteerId: r.volunteer_id, projectId: r.project_id, organizationId: r.organization_id,
      districtCode: r.district_code, servedOn: r.served_on, hours: Number(r.hours),
    });
  }
  const volunteers = [...new Set(records.map((r) => r.volunteer_id))];
  const totals: { volunteer_id: string; hours: string }[] = await m.query(
    `SELECT volunteer_id, sum(hours) AS hours FROM service_record WHERE volunteer_id = ANY($1) AND status = 'CONFIRMED' GROUP BY volunteer_id`,
    [volunteers],
  );
  for (const t of totals) await emitEvent(m, 'volunteer.hours', { volunteerId: t.volunteer_id, confirmedHours: Number(t.hours) });
}

/**
 * Demo history is inserted confirmed, bypassing the mutations; it is announced once, the first time the seed
 * finds no `service.confirmed` event in the outbox, so districts and growth filters see the same hours.
 */
export async function announceDemoHistory(db: DataSource): Promise<void> {
  await db.transaction(async (m) => {
    const [announced] = await m.query(`SELECT 1 FROM outbox WHERE type = 'service.confirmed' LIMIT 1`);
    if (announced) return;
    const ids: { id: string }[] = await m.query(`SELECT id FROM service_record WHERE status = 'CONFIRMED'`);
    await announceConfirmedHours(m, ids.map((r) => r.id));
  });
}
