import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../runtime/caller';
import type { EntityList, MigrationList } from '../runtime/database';
import {
  DistrictAdminReplica1764500000000,
  districtAdminCheck,
  districtReplicaLookup,
  replicateDistrictAdmins,
  type DistrictAdminCheck,
} from '../runtime/district-admins';
import type { Consumer } from '../runtime/events';
import { rowLoader } from '../runtime/loaders';
import { PlatformEntity } from './platform.entity';
import { platformsByCodes } from './platform.repository';
import { parse } from 'graphql';
import { repoPath } from '../runtime/paths';
import { namespaceOf, subgraphSdlText } from './platform-sdl';
import { defineSubgraph, type ResolverMap, type SubgraphDefinition } from '../runtime/subgraph';
import type {
  AccessLogResolvers,
  DistrictPlatformResolvers,
  DistrictResolvers,
  PersonalDataExportResolvers,
} from './resolvers/types.generated';
import { AccessLog1764900000000, accessLogPage, eraseAccessLog } from '../runtime/access-log';
import { forbidden, unauthenticated } from '../runtime/errors';
import { on } from '../runtime/event-catalogue';
import { JSONScalar } from '../runtime/json-scalar';
import { replicaOfAccount } from './volunteer-replica.repository';

/** What a district platform declares; its folder holds only its SDL, resolvers, entities and migrations. */
export interface DistrictDefinition<L> {
  /** District slug; also the subgraph name, its Postgres schema and its namespace (`District.pidu`, `PiduPlatform`). */
  code: string;
  resolvers?: ResolverMap;
  entities?: EntityList;
  migrations: MigrationList;
  loaders?: (db: DataSource, caller: Caller) => L;
  /** Events this district consumes (service.confirmed, volunteer.profile, ...), as for any subgraph. */
  consumes?: readonly Consumer[];
  /** Demo data; idempotent. */
  seed?: (db: DataSource) => Promise<void>;
  /** What the district holds about a person, for their rights (issue 11.3); left out where it holds nothing. */
  personalData?: PersonalDataHook;
}

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

export interface PlatformLoaders {
  platform: ReturnType<typeof platformLoader>;
  /**
   * Whether the caller administers a district: a city admin, or a district-admin token whose account is on that
   * district's list (the replica every district keeps of the organizations subgraph's lists). Read once per request.
   */
  administersDistrict: DistrictAdminCheck;
}

/** What a district's admin checks need of a request (a resolver's context is one). */
export interface DistrictRequest {
  caller: Caller;
  db: DataSource;
  loaders: Pick<PlatformLoaders, 'administersDistrict'>;
}

const platformLoader = (db: DataSource) =>
  rowLoader(
    (codes: readonly string[]) => platformsByCodes(db, codes),
    (p) => p.code,
  );

export { namespaceOf };
// Every district's first migration imports it from here; its DDL lives with the kit's other migrations.
export { platformMigration } from './migrations/platform';

/** `<Code>Platform`: its reference is the district's code, its parent the platform row. */
const platformResolvers: DistrictPlatformResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.platform.load(ref.code),
};

/** `District.<code>`: the platform of this district only; every other district has none here. */
function districtPlatformField(code: string): NonNullable<DistrictResolvers['district']> {
  return (d, _, ctx) => (d.code === code ? ctx.loaders.platform.load(code) : null);
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

const EMPTY_PAGE = { entries: [], hasNextPage: false, endCursor: null };

/** The district's sections of `PersonalDataExport` and `AccessLog`, and the erasure of the person on deregistration. */
function rights(code: string, hook: PersonalDataHook | undefined) {
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

/**
 * Builds a district subgraph on the shared base: the platform row (`District.<code>` and `<Code>Platform`), the
 * replica of the district admin lists (its table, its consumer, the per-request check), plus whatever the district
 * adds. Core subgraphs and the gateway know nothing about it.
 */
export function defineDistrict<L = object>(def: DistrictDefinition<L>): SubgraphDefinition<PlatformLoaders & L> {
  const { code } = def;
  const own = def.resolvers ?? {};
  const ownDistrict = (own.District ?? {}) as Record<string, unknown>;
  const personal = rights(code, def.personalData);
  return defineSubgraph<PlatformLoaders & L>({
    name: code,
    typeDefs: parse(subgraphSdlText({ name: code, folder: `subgraphs/${code}`, kind: 'district' }, repoPath())),
    resolvers: {
      ...own,
      [`${namespaceOf(code)}Platform`]: platformResolvers,
      District: { ...ownDistrict, [code]: districtPlatformField(code) },
      ...personal.resolvers,
    },
    entities: [PlatformEntity, ...((def.entities as unknown[]) ?? [])] as EntityList,
    // The admin-list replica comes last: its migration is newer than every district's own so far.
    migrations: [
      ...(def.migrations as unknown[]),
      DistrictAdminReplica1764500000000,
      ...personal.migrations,
    ] as MigrationList,
    loaders: (db, caller) => ({
      platform: platformLoader(db),
      administersDistrict: districtAdminCheck(caller, districtReplicaLookup(db)),
      ...(def.loaders?.(db, caller) ?? ({} as L)),
    }),
    consumes: [replicateDistrictAdmins, ...(def.consumes ?? []), ...personal.consumers],
    seed: def.seed,
    logsAccess: def.personalData?.logsAccess === true,
  });
}
