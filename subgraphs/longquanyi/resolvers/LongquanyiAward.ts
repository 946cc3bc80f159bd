import type { LongquanyiAwardResolvers } from './types.generated';

export const LongquanyiAward: LongquanyiAwardResolvers = {
  volunteer: (a) => ({ id: a.volunteerId }),
};
