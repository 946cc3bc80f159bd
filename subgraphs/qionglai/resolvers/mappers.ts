/**
 * What Qionglai's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL shape.
 * codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers against these.
 */
import type { PlaceRow } from '../data/place.repository';
import type { TagRow } from '../data/tag.repository';

/** Projects belong to the projects subgraph: its key, plus the district the gateway supplies (@requires). */
export type ProjectMapper = { id: string; district?: { code: string } | null };

export type QionglaiPlaceMapper = PlaceRow;

export type QionglaiProjectInfoMapper = TagRow;

/** `Query.qionglai` is a namespace: an empty object whose fields resolve on their own. */
export type QionglaiQueryMapper = Record<PropertyKey, never>;
