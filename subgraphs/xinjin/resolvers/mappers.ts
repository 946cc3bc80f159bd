/**
 * What Xinjin's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL shape.
 * codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers against these.
 */
import type { RedemptionRow, RewardRow } from '../data/mall.repository';

/** Volunteers belong to the volunteers subgraph: Xinjin receives, and returns, the key alone. */
export type VolunteerMapper = { id: string };

/** A points account is named by its volunteer; its figures are loaded per field. */
export type XinjinVolunteerMapper = { volunteerId: string };

export type XinjinRewardMapper = RewardRow;

export type XinjinRedemptionMapper = RedemptionRow;

/** `Query.xinjin` is a namespace: an empty object whose fields resolve on their own. */
export type XinjinQueryMapper = Record<PropertyKey, never>;
