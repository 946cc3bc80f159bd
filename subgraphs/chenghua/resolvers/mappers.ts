/**
 * What Chenghua's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL shape.
 * codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers against these.
 */
import type { FamilyRow, MemberRow } from '../data/family.repository';

/** Volunteers belong to the volunteers subgraph: Chenghua receives the key alone. */
export type VolunteerMapper = { id: string };

export type ChenghuaFamilyMapper = FamilyRow;

export type ChenghuaMemberMapper = MemberRow;

/** `Query.chenghua` is a namespace: an empty object whose fields resolve on their own. */
export type ChenghuaQueryMapper = Record<PropertyKey, never>;

/** Projects belong to the projects subgraph: Chenghua receives the key alone. */
export type ProjectMapper = { id: string };
