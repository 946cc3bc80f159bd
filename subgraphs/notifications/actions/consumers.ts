import type { EntityManager } from 'typeorm';
import type { NotificationRequested } from '../../kit/city/notification-kinds';
import { replicasByIds, volunteerReplicaConsumers } from '../../kit/district/volunteers';
import { DEREGISTERED } from '../../kit/district/volunteer-replica.repository';
import { eraseAccessLog } from '../../kit/runtime/access-log';
import { on } from '../../kit/runtime/event-catalogue';
import type { Consumer } from '../../kit/runtime/events';
import { replicateOrganizationAdmins } from '../../kit/runtime/organization-admins';
import { adminsOf, eraseVolunteerEntries } from '../data/notification.repository';
import { render } from '../rules/render';
import { CHANNELS, type Addressee } from './channels';

/**
 * Who a request reaches, decided when it arrives: a volunteer (unless they deregistered: nothing is kept of them any
 * more), or each admin an organization's list names at that moment (none while its list has not arrived).
 */
async function addresseesOf(m: EntityManager, request: NotificationRequested): Promise<Addressee[]> {
  const { recipient } = request;
  if ('volunteerId' in recipient) {
    const [known] = await replicasByIds(m, [recipient.volunteerId]);
    return known?.status === DEREGISTERED ? [] : [{ volunteerId: recipient.volunteerId }];
  }
  const admins = await adminsOf(m, recipient.organizationId);
  return (admins ?? []).map((accountId) => ({ organizationId: recipient.organizationId, accountId }));
}

/** Renders a requested notification and hands it to every channel, in the event's transaction. */
export async function deliverRequest(
  m: EntityManager,
  request: NotificationRequested,
  occurredAt: string,
): Promise<void> {
  const addressees = await addresseesOf(m, request);
  if (addressees.length === 0) return;
  const text = render(request);
  for (const channel of CHANNELS) await channel.deliver(m, { request, text, addressees, occurredAt });
}

/** What the notifications subgraph listens to: the requests, and the replicas it addresses them by. */
export const consumers: Consumer[] = [
  // Consents too: a partner app reads a citizen's inbox only under a consent covering ACTIVITY.
  ...volunteerReplicaConsumers({ consent: true }),
  replicateOrganizationAdmins,
  on('notification.requested', (p, { manager, event }) => deliverRequest(manager, p, event.occurredAt)),
  // The person's entries go with them (the kit's replica handler above erased who they were).
  on('volunteer.deregistered', async (p, { manager }) => {
    await eraseVolunteerEntries(manager, p.volunteerId);
    await eraseAccessLog(manager, p.volunteerId);
  }),
];
