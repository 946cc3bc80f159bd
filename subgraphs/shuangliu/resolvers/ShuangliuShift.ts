import { loadRequired } from '../../kit/runtime/loaders';
import { iso } from '../../kit/runtime/timestamps';
import type { ShuangliuShiftResolvers } from './types.generated';

export const ShuangliuShift: ShuangliuShiftResolvers = {
  slot: (s, _, ctx) => loadRequired(ctx.loaders.slot, s.slotId),
  takenAt: (s) => iso(s.takenAt),
  checkedInAt: (s) => iso(s.checkedInAt),
  checkedOutAt: (s) => iso(s.checkedOutAt),
};
