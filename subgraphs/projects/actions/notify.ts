import type { EntityManager } from 'typeorm';
import type { NotificationKind, NotificationRequest } from '../../kit/city/notification-kinds';
import { emit } from '../../kit/runtime/event-catalogue';

/** A request for one volunteer: the recipient is added here (distributive, so each kind keeps its own params). */
type ForVolunteer<T = NotificationRequest> = T extends unknown ? Omit<T, 'recipient'> : never;

/**
 * Asks the notifications subgraph to tell a volunteer something (issue 16.3), in the caller's transaction: the
 * notice goes out exactly when the change commits. `dedupeKey` names the change (a sign-up confirmed, a project
 * cancelled), so a replayed change is one entry in the inbox.
 */
export async function tellVolunteer(m: EntityManager, volunteerId: string, request: ForVolunteer): Promise<void> {
  await emit(m, 'notification.requested', { ...request, recipient: { volunteerId } } as NotificationRequest);
}

type ParamsOf<K extends NotificationKind> = Extract<NotificationRequest, { kind: K }>['params'];

/**
 * The same notice to several volunteers (once each), e.g. everyone on a cancelled shift. `dedupeKey` names the
 * change, not the person: the inbox dedupes per recipient, so a replay of the change lands once in each inbox.
 */
export async function tellVolunteers<K extends NotificationKind>(
  m: EntityManager,
  kind: K,
  volunteerIds: readonly string[],
  params: ParamsOf<K>,
  dedupeKey: string,
): Promise<void> {
  for (const volunteerId of new Set(volunteerIds))
    await emit(m, 'notification.requested', {
      kind,
      recipient: { volunteerId },
      params,
      dedupeKey,
    } as NotificationRequest);
}

/** A shift as a notification names it: its project, and when it starts. */
export const shiftParams = (
  shift: { id: string; projectId: string; startsAt: Date },
  projectTitle: string,
): { projectId: string; projectTitle: string; shiftId: string; shiftStartsAt: string } => ({
  projectId: shift.projectId,
  projectTitle,
  shiftId: shift.id,
  shiftStartsAt: shift.startsAt.toISOString(),
});
