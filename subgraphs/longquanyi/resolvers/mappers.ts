/**
 * What Longquanyi's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL
 * shape. codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers.
 */
import type { AwardRow, CallInRow } from '../data/stars.repository';

/** Volunteers belong to the volunteers subgraph: Longquanyi receives the key alone. */
export type VolunteerMapper = { id: string };

/** A volunteer's standing is their id; its figures load per field (one statement per page of volunteers). */
export type LongquanyiVolunteerMapper = { volunteerId: string };

export type LongquanyiCallInMapper = CallInRow;

export type LongquanyiAwardMapper = AwardRow;

/** `Query.longquanyi` is a namespace: an empty object whose fields resolve on their own. */
export type LongquanyiQueryMapper = Record<PropertyKey, never>;
