/**
 * What Jinniu's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL shape.
 * codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers against these.
 */
import type { AlertRow, MemberRow, OfferRow } from '../data/roster.repository';

export type JinniuStandbyMemberMapper = MemberRow;

export type JinniuAlertMapper = AlertRow;

export type JinniuOfferMapper = OfferRow;

/** `Query.jinniu` is a namespace: an empty object whose fields resolve on their own. */
export type JinniuQueryMapper = Record<PropertyKey, never>;
