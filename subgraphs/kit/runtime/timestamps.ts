/**
 * ISO 8601 of a timestamp column, as every subgraph's GraphQL timestamps are written; a nullable column stays null.
 * The overloads keep a non-null column's field non-null for the generated resolver types.
 */
export function iso(d: Date): string;
export function iso(d: Date | null | undefined): string | null;
export function iso(d: Date | null | undefined): string | null {
  return d ? new Date(d).toISOString() : null;
}
