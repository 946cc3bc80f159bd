/**
 * What Wuhou's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL shape.
 * codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers against these.
 */
import type { NeedRow } from '../data/need.repository';

/** Volunteers belong to the volunteers subgraph: Wuhou receives, and returns, the key alone. */
export type VolunteerMapper = { id: string };

export type WuhouNeedMapper = NeedRow;

/** `Query.wuhou` is a namespace: an empty object whose fields resolve on their own. */
export type WuhouQueryMapper = Record<PropertyKey, never>;
