import { decodeCursor, pageSize, toConnection } from '../../../subgraphs/kit/runtime/connection';
import { badInput, forbidden, unauthenticated } from '../../../subgraphs/kit/runtime/errors';
import { partnerCallsOfApp } from '../data/partner-call.repository';
import type { QueryResolvers } from './types.generated';

/** A moment given as ISO 8601 with a time, or null when left out. */
function moment(value: string | null | undefined, field: string): Date | null {
  if (value == null) return null;
  const at = new Date(value);
  if (Number.isNaN(at.getTime()) || !/T\d{2}:\d{2}/.test(value))
    throw badInput(`${field} must be an ISO 8601 time such as 2026-12-05T09:00:00+08:00.`, field);
  return at;
}

export const Query: QueryResolvers = {
  partnerCalls: async (_, args, ctx) => {
    if (ctx.caller.kind === 'anonymous') throw unauthenticated('Sign in as a city admin to read partner calls.');
    if (ctx.caller.kind !== 'cityAdmin') throw forbidden('Only city admins read the partner-call trail.');
    const size = pageSize(args.first);
    const rows = await partnerCallsOfApp(
      ctx.db,
      args.appId,
      moment(args.from, 'from'),
      moment(args.to, 'to'),
      size + 1,
      decodeCursor(args.after, ['timestamp', 'int']),
    );
    return toConnection(rows, size, (c) => [c.at.toISOString(), c.id]);
  },
};
