import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../runtime/caller';
import { AccessLog1764900000000, accessLogPage, eraseAccessLog } from '../runtime/access-log';
import { forbidden, unauthenticated } from '../runtime/errors';
import { on } from '../runtime/event-catalogue';
import type { Consumer } from '../runtime/events';
import { JSONScalar } from '../runtime/json-scalar';
import type { AccessLogResolvers, PersonalDataExportResolvers } from './resolvers/types.generated';
import { replicaOfAccount } from './volunteer-replica.repository';

/**
 * A district's one declaration of the personal data it holds: its section of the person's export, what it erases
 * when they deregister, and whether it logs admins' reads of it. The district keeps the kit's volunteer replica
 * (`volunteerReplicaConsumers`), which tells it which volunteer a signed-in account is.
 */
export interface PersonalDataHook {
  /** The district's section of the export: a JSON-ready object of the person's data here. */
  export(db: DataSource, person: { volunteerId: string; accountId: string }): Promise<unknown>;
  /**
   * Erases or de-identifies the person's data, in the transaction of the `volunteer.deregistered` event, after the
   * kit erased the replica row; rows keyed by account have it here for the last time.
   */
  erase?(m: EntityManager, person: { volunteerId: string; accountId: string }): Promise<void>;
  /** True when resolvers record admins' reads in the access log (`ctx.access.record`). */
  logsAccess?: boolean;
}

/**
 * The account of the volunteer `volunteerId` when the caller is them in person; null when this district does not
 * know them yet. Anyone else is refused.
 */
async function requireSelf(ctx: { caller: Caller; db: DataSource }, volunteerId: string): Promise<string | null> {
  const { caller } = ctx;
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in to read your own data.');
  if (caller.kind !== 'volunteer') throw forbidden('Only the volunteer in person reads their data and its access log.');
  const me = await replicaOfAccount(ctx.db, caller.accountId);
  // Not known here yet (registered a moment ago): the district holds nothing about them.
  if (!me) return null;
  if (me.volunteerId !== volunteerId) throw forbidden('Only the volunteer in person reads their data.');
  return caller.accountId;
}

/**
 * For a subgraph's own sections of `PersonalDataExport` and `AccessLog`: true when the caller is the volunteer
 * `volunteerId` in person, false when the subgraph does not know them yet (a registration a moment old: nothing held
 * there). Anyone else is refused.
 */
export async function readsOwnData(
  caller: Caller,
  me: () => Promise<{ volunteerId: string } | null>,
  volunteerId: string,
): Promise<boolean> {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in to read your own data.');
  if (caller.kind !== 'volunteer') throw forbidden('Only the volunteer in person reads their data.');
  const mine = await me();
  if (!mine) return false;
  if (mine.volunteerId !== volunteerId) throw forbidden('Only the volunteer in person reads their data.');
  return true;
}

const EMPTY_PAGE = { entries: [], hasNextPage: false, endCursor: null };

/** The district's sections of `PersonalDataExport` and `AccessLog`, and the erasure of the person on deregistration. */
export function rights(code: string, hook: PersonalDataHook | undefined) {
  const exportResolvers: PersonalDataExportResolvers = {
    __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
    district: async (e, _, ctx) => {
      const accountId = hook ? await requireSelf(ctx, e.volunteerId) : null;
      return hook && accountId ? hook.export(ctx.db, { volunteerId: e.volunteerId, accountId }) : null;
    },
  };
  const logResolvers: AccessLogResolvers = {
    __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
    district: async (e, args, ctx) =>
      hook?.logsAccess && (await requireSelf(ctx, e.volunteerId))
        ? accessLogPage(ctx.db, e.volunteerId, args.first, args.after)
        : EMPTY_PAGE,
  };
  const consumers: Consumer[] = hook
    ? [
        on('volunteer.deregistered', async (p, { manager }) => {
          await hook.erase?.(manager, p);
          if (hook.logsAccess) await eraseAccessLog(manager, p.volunteerId);
        }),
      ]
    : [];
  return {
    resolvers: {
      JSON: JSONScalar,
      // The template's field is `district`; each district serves it under its own code.
      PersonalDataExport: { __resolveReference: exportResolvers.__resolveReference, [code]: exportResolvers.district },
      AccessLog: { __resolveReference: logResolvers.__resolveReference, [code]: logResolvers.district },
    },
    consumers,
    migrations: hook?.logsAccess ? [AccessLog1764900000000] : [],
  };
}
