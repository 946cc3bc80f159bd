import { iso } from '../../kit/runtime/timestamps';
import type { LongquanyiCallInResolvers } from './types.generated';

export const LongquanyiCallIn: LongquanyiCallInResolvers = {
  createdAt: (c) => iso(c.createdAt),
};
