import { loadRequired } from '../../kit/runtime/loaders';
import { iso } from '../../kit/runtime/timestamps';
import type { ShuangliuSlotResolvers } from './types.generated';

export const ShuangliuSlot: ShuangliuSlotResolvers = {
  post: (s, _, ctx) => loadRequired(ctx.loaders.post, s.postId),
  startsAt: (s) => iso(s.startsAt),
  endsAt: (s) => iso(s.endsAt),
  free: (s) => s.capacity - s.taken,
  myShift: (s, _, ctx) => ctx.loaders.myShift.load(s.id),
};
