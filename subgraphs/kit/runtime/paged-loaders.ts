import type DataLoader from 'dataloader';
import { groupLoader, loaderFamily } from './loaders';

/**
 * One batching loader per distinct page request (`first` and `after`) of a list under many parents, so a page of
 * entries under each of N volunteers is one statement, not N. `fetch` returns up to `size` rows per key
 * (usually with `row_number() OVER (PARTITION BY key ...)`).
 */
export function pagedGroupLoaders<K, V>(
  fetch: (keys: readonly K[], size: number, after: (string | number)[] | null) => Promise<V[]>,
  keyOf: (row: V) => K,
): (size: number, after: (string | number)[] | null) => DataLoader<K, V[]> {
  const family = loaderFamily(([size, after]: [number, (string | number)[] | null]) =>
    groupLoader((keys: readonly K[]) => fetch(keys, size, after), keyOf),
  );
  return (size, after) => family([size, after]);
}
