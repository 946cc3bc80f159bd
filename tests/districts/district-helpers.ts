import type { City } from '../testkit/city';

/** Runs SQL in a subgraph's own schema (for checks after the fact, never to set up state a user could not). */
/** Each row as pg returns it; a caller that computes with a column states the row type it expects. */
export async function sql<T = Record<string, unknown>>(
  city: City,
  subgraph: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return city.subgraphs.get(subgraph)!.db.query(text, params);
}

/** Codes of every error in a batch of results, counted: { OK: 75, INSUFFICIENT_CREDITS: 25 }. */
export function outcomes(results: { errors?: { extensions?: Record<string, unknown> }[] }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const code = r.errors?.length ? String(r.errors[0]!.extensions?.code) : 'OK';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}
