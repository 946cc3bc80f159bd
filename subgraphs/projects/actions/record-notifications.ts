import type { EntityManager } from 'typeorm';
import { emit } from '../../kit/runtime/event-catalogue';
import { projectTitles } from '../data/project.repository';
import type { CorrectionRow } from '../data/service-record.repository';

/**
 * What volunteers and organizations are told about service records (issue 16.3), as `notification.requested` in the
 * transaction of the review. Each dedupe key names the one change it tells of, so a replay lands once.
 */

interface RecordRef {
  id: string;
  projectId: string;
  volunteerId: string;
}

/** Each record's volunteer: their hours were confirmed. */
export async function tellHoursConfirmed(m: EntityManager, records: (RecordRef & { hours: string })[]): Promise<void> {
  const titles = await projectTitles(
    m,
    records.map((r) => r.projectId),
  );
  for (const r of records)
    await emit(m, 'notification.requested', {
      kind: 'HOURS_CONFIRMED',
      recipient: { volunteerId: r.volunteerId },
      params: {
        projectId: r.projectId,
        projectTitle: titles.get(r.projectId)!,
        recordId: r.id,
        hours: Number(r.hours),
      },
      dedupeKey: `hours-confirmed:${r.id}`,
    });
}

/** The record's volunteer: the organization rejected their hours, for `reason`. */
export async function tellHoursRejected(m: EntityManager, r: RecordRef, reason: string): Promise<void> {
  const titles = await projectTitles(m, [r.projectId]);
  await emit(m, 'notification.requested', {
    kind: 'HOURS_REJECTED',
    recipient: { volunteerId: r.volunteerId },
    params: { projectId: r.projectId, projectTitle: titles.get(r.projectId)!, recordId: r.id, reason },
    dedupeKey: `hours-rejected:${r.id}`,
  });
}

/** The organization's admins: a volunteer asks them to correct a record. */
export async function tellCorrectionRequested(
  m: EntityManager,
  r: RecordRef & { organizationId: string },
  c: CorrectionRow,
): Promise<void> {
  const titles = await projectTitles(m, [r.projectId]);
  await emit(m, 'notification.requested', {
    kind: 'CORRECTION_REQUESTED',
    recipient: { organizationId: r.organizationId },
    params: { projectId: r.projectId, projectTitle: titles.get(r.projectId)!, recordId: r.id },
    dedupeKey: `correction-requested:${c.id}`,
  });
}

/** The volunteer who asked: the organization answered, and the record now shows `hours`. */
export async function tellCorrectionAnswered(
  m: EntityManager,
  r: RecordRef,
  c: CorrectionRow,
  hours: number,
): Promise<void> {
  const titles = await projectTitles(m, [r.projectId]);
  await emit(m, 'notification.requested', {
    kind: 'CORRECTION_ANSWERED',
    recipient: { volunteerId: c.volunteerId },
    params: {
      projectId: r.projectId,
      projectTitle: titles.get(r.projectId)!,
      recordId: r.id,
      accepted: c.status === 'ACCEPTED',
      hours,
      response: c.response,
    },
    dedupeKey: `correction-answered:${c.id}`,
  });
}
