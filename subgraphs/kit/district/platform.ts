import type { DataSource } from 'typeorm';
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
import type { DistrictPlatformResolvers, DistrictResolvers } from './resolvers/types.generated';
import { rights, type PersonalDataHook } from './personal-data';
import { extendsStatistics, ownFiguresLoader, ownFiguresResolvers, type OwnFigures } from './figures';

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
  /**
   * The district platform's own figures of a range on the city's statistics (issue 13.1), for districts whose SDL
   * declares `<Ns>Statistics`: one computation per range, each figure already withheld under five people. The kit
   * serves them as `Statistics.<code>` for the city's scope and the district's, checking the reader.
   */
  figures?: OwnFigures;
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

export { namespaceOf, type PersonalDataHook };
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
 * Builds a district subgraph on the shared base: the platform row (`District.<code>` and `<Code>Platform`), the
 * replica of the district admin lists (its table, its consumer, the per-request check), plus whatever the district
 * adds. Core subgraphs and the gateway know nothing about it.
 */
export function defineDistrict<L = object>(def: DistrictDefinition<L>): SubgraphDefinition<PlatformLoaders & L> {
  const { code } = def;
  const own = def.resolvers ?? {};
  const ownDistrict = (own.District ?? {}) as Record<string, unknown>;
  const personal = rights(code, def.personalData);
  const typeDefs = parse(subgraphSdlText({ name: code, folder: `subgraphs/${code}`, kind: 'district' }, repoPath()));
  const { figures } = def;
  // Declared figures nobody computes would read as null forever; figures without their type would never be asked.
  if (extendsStatistics(typeDefs) !== (figures !== undefined))
    throw new Error(
      `District ${code}: declare ${namespaceOf(code)}Statistics in its SDL and give figures, or neither.`,
    );
  return defineSubgraph<PlatformLoaders & L>({
    name: code,
    typeDefs,
    resolvers: {
      ...own,
      [`${namespaceOf(code)}Platform`]: platformResolvers,
      District: { ...ownDistrict, [code]: districtPlatformField(code) },
      ...personal.resolvers,
      ...(figures ? { Statistics: ownFiguresResolvers(code) } : {}),
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
      ...(figures ? { ownFigures: ownFiguresLoader(code, db, figures) } : {}),
      ...(def.loaders?.(db, caller) ?? ({} as L)),
    }),
    consumes: [replicateDistrictAdmins, ...(def.consumes ?? []), ...personal.consumers],
    seed: def.seed,
    logsAccess: def.personalData?.logsAccess === true,
  });
}
