import type { SignupEntity } from '../data/signup.entity';
import { iso, type Ctx } from './context';

export const Signup = {
  shift: (s: SignupEntity, _: unknown, ctx: Ctx) => ctx.loaders.shift.load(s.shiftId),
  project: (s: SignupEntity, _: unknown, ctx: Ctx) => ctx.loaders.project.load(s.projectId),
  volunteer: (s: SignupEntity) => ({ id: s.volunteerId }),
  waitlistPosition: async (s: SignupEntity, _: unknown, ctx: Ctx) =>
    s.status === 'WAITLISTED' ? ((await ctx.loaders.waitlistPosition.load(s.id))?.position ?? null) : null,
  createdAt: (s: SignupEntity) => iso(s.createdAt),
  promotedAt: (s: SignupEntity) => iso(s.promotedAt),
  cancelledAt: (s: SignupEntity) => iso(s.cancelledAt),
  checkedInAt: (s: SignupEntity) => iso(s.checkedInAt),
  checkedOutAt: (s: SignupEntity) => iso(s.checkedOutAt),
};
