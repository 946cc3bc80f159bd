import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { CREDIT_CAP, canSpend } from '../rules/time-bank';
import type { PiduVolunteerMapper } from './mappers';
import { volunteerRef } from './context';
import type { Context, PiduVolunteerResolvers } from './types.generated';

const account = (a: PiduVolunteerMapper, ctx: Context) => ctx.loaders.account.load(a.volunteerId);

export const PiduVolunteer: PiduVolunteerResolvers = {
  volunteer: (a) => volunteerRef(a.volunteerId),
  balance: async (a, _, ctx) => (await account(a, ctx))?.balance ?? 0,
  held: async (a, _, ctx) => (await account(a, ctx))?.held ?? 0,
  cap: () => CREDIT_CAP,
  canSpend: async (a, _, ctx) => canSpend((await ctx.loaders.volunteer.load(a.volunteerId))?.confirmedHours ?? 0),
  uncreditedHours: (a, _, ctx) => ctx.loaders.uncreditedHours.load(a.volunteerId),
  entries: async (a, args, ctx) => {
    const size = pageSize(args.first);
    const rows = await ctx.loaders.entries(size, decodeCursor(args.after, ['int'])).load(a.volunteerId);
    return toConnection(rows, size, (e) => [e.id]);
  },
  family: (a, _, ctx) => ctx.loaders.family.load(a.volunteerId),
};
