import type { EntityManager } from 'typeorm';
import { emit, type EventPayload } from '../../kit/runtime/event-catalogue';

/**
 * Tells the volunteers subgraph that a volunteer's place changed (`signup.changed`), in the transaction that changed
 * it: partner apps the volunteer linked are sent a webhook from there (issue 12.6).
 */
export async function announceSignupChange(
  m: EntityManager,
  change: EventPayload<'signup.changed'>['change'],
  signup: { volunteerId: string; projectId: string; id?: string | null },
): Promise<void> {
  await emit(m, 'signup.changed', {
    change,
    volunteerId: signup.volunteerId,
    projectId: signup.projectId,
    signupId: signup.id ?? null,
  });
}
