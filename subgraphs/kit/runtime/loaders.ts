import DataLoader from 'dataloader';

/**
 * A DataLoader that fetches many rows in one statement and hands each key its row (or null), in key order.
 * Every `__resolveReference` and list-to-entity field goes through one of these.
 */
export function rowLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader(async (keys) => {
    const rows = new Map((await fetch(keys)).map((r) => [keyOf(r), r]));
    return keys.map((k) => rows.get(k) ?? null);
  });
}

/** A DataLoader for grouped counts (`SELECT key, count(*) ... GROUP BY key`); keys with no rows count 0. */
export function countLoader<K>(
  fetch: (keys: readonly K[]) => Promise<{ key: K; count: number | string }[]>,
): DataLoader<K, number> {
  return new DataLoader(async (keys) => {
    const counts = new Map((await fetch(keys)).map((r) => [r.key, Number(r.count)]));
    return keys.map((k) => counts.get(k) ?? 0);
  });
}

/** A DataLoader for one-to-many lists (`WHERE parent = ANY($1)`); each key gets its rows, in fetch order. */
export function groupLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Loaders that take a parameter besides the key (a page size, a visibility): one batching loader per distinct
 * parameter in a request, made on first use. Same parameter, same loader, so its keys still batch together.
 */
export function loaderFamily<P, K, V>(make: (param: P) => DataLoader<K, V>): (param: P) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (param) => {
    const id = JSON.stringify(param);
    let loader = loaders.get(id);
    if (!loader) {
      loader = make(param);
      loaders.set(id, loader);
    }
    return loader;
  };
}

/**
 * Loads the row that a non-null field reaches through a foreign key (a need's organization, a team's organization).
 * Its absence is a broken invariant, not an answer: the field fails (logged as an internal error) rather than
 * handing GraphQL a null the schema rules out.
 */
export async function loadRequired<K, V>(loader: DataLoader<K, V | null>, key: K): Promise<V> {
  const row = await loader.load(key);
  if (row === null) throw new Error(`no row for key ${String(key)}, which a foreign key guarantees`);
  return row;
}
