import { maskIdNumber } from '../../kit/city/mask';
import { accessLogPage } from '../../kit/runtime/access-log';
import { forbidden } from '../../kit/runtime/errors';
import { iso } from '../../kit/runtime/timestamps';
import { exportSection, notRegistered, personAccount } from '../actions/rights';
import type {
  AccessLogResolvers,
  Context,
  PersonalDataExportResolvers,
  RecordCorrectionResolvers,
} from './types.generated';

/** The volunteer signed in, in person, whose data `volunteerId` is; anyone else is refused. */
async function self(ctx: Context, volunteerId: string) {
  const me = await ctx.loaders.volunteerByAccount.load(personAccount(ctx.caller, 'read your own data'));
  if (!me) throw notRegistered();
  if (me.id !== volunteerId) throw forbidden('Only the volunteer in person reads their data.');
  return me;
}

export const PersonalDataExport: PersonalDataExportResolvers = {
  __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
  exportedAt: () => new Date().toISOString(),
  volunteers: async (e, _, ctx) => exportSection(ctx.db, await self(ctx, e.volunteerId)),
};

export const AccessLog: AccessLogResolvers = {
  __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
  volunteers: async (e, args, ctx) => {
    await self(ctx, e.volunteerId);
    return accessLogPage(ctx.db, e.volunteerId, args.first, args.after);
  },
};

/** Whether the caller is the volunteer the request is about (then the ID number is theirs to see in full). */
const ownRequest = async (c: { volunteerId: string }, ctx: Context) => {
  if (ctx.caller.kind !== 'volunteer') return false;
  const me = await ctx.loaders.volunteerByAccount.load(ctx.caller.accountId);
  return me?.id === c.volunteerId;
};

export const RecordCorrection: RecordCorrectionResolvers = {
  idNumber: async (c, _, ctx) => {
    if (c.idNumber == null) return null;
    if (await ownRequest(c, ctx)) return c.idNumber;
    // An admin deciding is served the requested number masked, as the record's own: logged like the record's.
    ctx.access.record(c.volunteerId, 'idNumber');
    return maskIdNumber(c.idNumber);
  },
  realName: (c, _, ctx) => {
    if (c.realName != null) ctx.access.record(c.volunteerId, 'realName');
    return c.realName;
  },
  requestedAt: (c) => iso(c.requestedAt),
  decidedAt: (c) => iso(c.decidedAt),
  volunteer: (c, _, ctx) => ctx.loaders.volunteer.load(c.volunteerId),
};
