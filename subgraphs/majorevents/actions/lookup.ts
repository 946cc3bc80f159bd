import { notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { MajorEventEntity } from '../data/event.entity';
import type { Loaders } from '../data/loaders';
import type { EventRoleEntity } from '../data/role.entity';

export type Ctx = SubgraphContext<Loaders>;

/** The event with this id, or NOT_FOUND naming the argument. */
export async function existingEvent(ctx: Ctx, id: string, field = 'eventId'): Promise<MajorEventEntity> {
  const event = await ctx.loaders.event.load(requireUuid(id, field));
  if (!event) throw notFound('There is no major event with this id.');
  return event;
}

/** The role and its event, or NOT_FOUND. */
export async function existingRole(ctx: Ctx, id: string): Promise<[EventRoleEntity, MajorEventEntity]> {
  const role = await ctx.loaders.role.load(requireUuid(id, 'roleId'));
  if (!role) throw notFound('There is no role of a major event with this id.');
  return [role, (await ctx.loaders.event.load(role.eventId))!];
}
