import { forbidden, unauthenticated } from '../../kit/runtime/errors';
import { iso } from '../../kit/runtime/timestamps';
import { membershipsOfAccount } from '../data/personal-data.repository';
import { volunteerIdOf } from '../data/team.repository';
import type { PersonalDataExportResolvers } from './types.generated';

export const PersonalDataExport: PersonalDataExportResolvers = {
  __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
  organizations: async (e, _, ctx) => {
    const { caller } = ctx;
    if (caller.kind === 'anonymous') throw unauthenticated('Sign in to read your own data.');
    if (caller.kind !== 'volunteer') throw forbidden('Only the volunteer in person reads their data.');
    const known = await volunteerIdOf(ctx.db.manager, caller.accountId);
    if (known !== null && known !== e.volunteerId) throw forbidden('Only the volunteer in person reads their data.');
    // Memberships are kept by account, so they are the caller's even before their registration arrived here.
    const memberships = await membershipsOfAccount(ctx.db, caller.accountId);
    return {
      teamMemberships: memberships.map((m) => ({ ...m, requestedAt: iso(m.requestedAt), decidedAt: iso(m.decidedAt) })),
    };
  },
};
