import type { Ctx } from './context';

const figures = (d: { code: string }, ctx: Ctx) => ctx.loaders.districtFigures.load(d.code);

export const District = {
  projectCount: (d: { code: string }, _: unknown, ctx: Ctx) => ctx.loaders.projectCount.load(d.code),
  shiftCount: async (d: { code: string }, _: unknown, ctx: Ctx) => (await figures(d, ctx))?.shiftCount ?? 0,
  signupCount: async (d: { code: string }, _: unknown, ctx: Ctx) => (await figures(d, ctx))?.signupCount ?? 0,
  confirmedHours: async (d: { code: string }, _: unknown, ctx: Ctx) => (await figures(d, ctx))?.confirmedHours ?? 0,
};
