import { acceptFamily, addFamilyMember, createFamily } from '../actions/family';
import { markFamilyFriendly } from '../actions/family-friendly';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  chenghuaCreateFamily: (_, { name }, ctx) => createFamily(ctx.db, ctx.caller, name),
  chenghuaAddMember: (_, { volunteerId }, ctx) => addFamilyMember(ctx.db, ctx.caller, volunteerId),
  chenghuaAcceptFamily: (_, { familyId }, ctx) => acceptFamily(ctx.db, ctx.caller, familyId),
  chenghuaMarkFamilyFriendly: (_, { projectId, familyFriendly }, ctx) =>
    markFamilyFriendly(ctx, projectId, familyFriendly),
};
