import type { Ctx } from './context';

export const Volunteer = {
  wuhou: async (v: { id: string }, _: unknown, ctx: Ctx) =>
    (await ctx.loaders.honor.load(v.id)) ?? { volunteerId: v.id, honorHours: 0, completedNeedCount: 0 },
};
