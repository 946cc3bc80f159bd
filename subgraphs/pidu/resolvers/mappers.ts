/**
 * What Pidu's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL shape.
 * codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers against these.
 */
import type { FamilyLinkRow } from '../data/family.repository';
import type { EntryRow } from '../data/ledger.repository';
import type { BookingRow, OfferRow } from '../data/market.repository';

/** Volunteers belong to the volunteers subgraph: Pidu receives, and returns, the key alone. */
export type VolunteerMapper = { id: string };

/** A time-bank account is named by its volunteer; its figures are loaded per field. */
export type PiduVolunteerMapper = { volunteerId: string };

export type PiduLedgerEntryMapper = EntryRow;

export type PiduFamilyLinkMapper = FamilyLinkRow;

export type PiduServiceOfferMapper = OfferRow;

export type PiduBookingMapper = BookingRow;

/** `Query.pidu` is a namespace: an empty object whose fields resolve on their own. */
export type PiduQueryMapper = Record<PropertyKey, never>;
