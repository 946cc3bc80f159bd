import { awardPoints, callIn } from '../actions/moves';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  longquanyiCallIn: (_, { input }, ctx) => callIn(ctx.db, ctx.caller, input),
  longquanyiAwardPoints: (_, { input }, ctx) => awardPoints(ctx, input),
};
