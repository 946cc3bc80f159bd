import type DataLoader from 'dataloader';
import { groupLoader } from './loaders';

/**
 * One batching loader per distinct page request (`first` and `after`) of a list under many parents, so a page of
 * entries under each of N volunteers is one statement, not N. `fetch` returns up to `size` rows per key
 * (usually with `row_number() OVER (PARTITION BY key ...)`).
 */
export function pagedGroupLoaders<K, V>(
  fetch: (keys: readonly K[], size: number, after: (string | number)[] | null) => Promise<V[]>,
  keyOf: (row: V) => K,
): (size: number, after: (string | number)[] | null) => DataLoader<K, V[]> {
  const loaders = new Map<string, DataLoader<K, V[]>>();
  return (size, after) => {
    const id = JSON.stringify([size, after]);
    let loader = loaders.get(id);
    if (!loader) {
      loader = groupLoader((keys: readonly K[]) => fetch(keys, size, after), keyOf);
      loaders.set(id, loader);
    }
    return loader;
  };
}
