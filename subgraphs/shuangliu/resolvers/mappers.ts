/**
 * What Shuangliu's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL shape.
 * codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers against these.
 */
import type { PostRow, ShiftRow, SlotRow } from '../data/hub.repository';

/** Volunteers belong to the volunteers subgraph: Shuangliu receives the key alone. */
export type VolunteerMapper = { id: string };

export type ShuangliuPostMapper = PostRow;

export type ShuangliuSlotMapper = SlotRow;

export type ShuangliuShiftMapper = ShiftRow;

/** A hub is its name (hubs.json); its posts and figures load per field. */
export type ShuangliuHubMapper = { name: string };

/** `Query.shuangliu` is a namespace: an empty object whose fields resolve on their own. */
export type ShuangliuQueryMapper = Record<PropertyKey, never>;
