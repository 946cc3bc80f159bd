import { forbidden, unauthenticated } from '../../kit/runtime/errors';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';

type Ctx = SubgraphContext<Loaders>;

/**
 * Who organizes an event: the city admins (the city runs major events), and the listed admins of the hosting
 * organization (a token's `org` claim only says which list to look in). They screen, train, deploy and read
 * applicants' forms; nobody else does.
 */
export async function organizes(ctx: Ctx, event: { hostOrganizationId: string | null }): Promise<boolean> {
  if (ctx.caller.kind === 'cityAdmin') return true;
  return event.hostOrganizationId !== null && ctx.loaders.actsFor(event.hostOrganizationId);
}

export async function requireOrganizer(
  ctx: Ctx,
  event: { name: string; hostOrganizationId: string | null },
  action: string,
): Promise<void> {
  if (ctx.caller.kind === 'anonymous') throw unauthenticated(`Sign in as an organizer of ${event.name} to ${action}.`);
  if (!(await organizes(ctx, event)))
    throw forbidden(`Only the organizers of ${event.name} (city admins, the hosting unit's admins) may ${action}.`);
}

export function requireCityAdmin(ctx: Ctx, action: string): void {
  if (ctx.caller.kind === 'anonymous') throw unauthenticated(`Sign in as a city admin to ${action}.`);
  if (ctx.caller.kind !== 'cityAdmin') throw forbidden(`Only city admins may ${action}.`);
}
