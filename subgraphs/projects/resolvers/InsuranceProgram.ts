import type { Caller } from '../../kit/runtime/caller';
import { iso } from '../../kit/runtime/timestamps';
import type { InsuranceProgramResolvers, ProgramPolicyResolvers } from './types.generated';

/**
 * Who reads how many policies a program has issued: the city's and districts' admins, organization admins (choosing a
 * program as a risky project's cover) and statistics viewers. A count, not a person; still not for the public.
 */
const seesEnrolment = (caller: Caller) =>
  ['cityAdmin', 'statisticsViewer', 'districtAdmin', 'orgAdmin'].includes(caller.kind);

export const InsuranceProgram: InsuranceProgramResolvers = {
  enrolled: (p, _, ctx) => (seesEnrolment(ctx.caller) ? p.enrolled : null),
  remaining: (p, _, ctx) => (seesEnrolment(ctx.caller) ? p.quota - p.enrolled : null),
};

export const ProgramPolicy: ProgramPolicyResolvers = {
  // Policies reference their program by a foreign key: it is there.
  program: async (p, _, ctx) => (await ctx.loaders.program.load(p.programId))!,
  insurer: async (p, _, ctx) => (await ctx.loaders.program.load(p.programId))!.insurer,
  cover: async (p, _, ctx) => (await ctx.loaders.program.load(p.programId))!.cover,
  maxPayout: async (p, _, ctx) => (await ctx.loaders.program.load(p.programId))!.maxPayout,
  coversFrom: async (p, _, ctx) => (await ctx.loaders.program.load(p.programId))!.startsOn,
  coversUntil: async (p, _, ctx) => (await ctx.loaders.program.load(p.programId))!.endsOn,
  enrolledAt: (p) => iso(p.enrolledAt),
  project: (p, _, ctx) => (p.projectId ? ctx.loaders.project.load(p.projectId) : null),
};
