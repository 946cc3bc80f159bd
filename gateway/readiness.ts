/**
 * Which subgraphs answer their own /ready right now. Probed at most every `cacheMs`, so a busy readiness endpoint
 * does not become load on the subgraphs.
 */
export function subgraphReadiness(
  urls: () => Record<string, string>,
  cacheMs = 2_000,
): () => Promise<Record<string, boolean>> {
  let cached: { at: number; value: Promise<Record<string, boolean>> } | null = null;
  const probe = async () => {
    const entries = await Promise.all(
      Object.entries(urls()).map(async ([name, url]) => {
        const ready = new URL('/ready', url).toString();
        const ok = await fetch(ready, { signal: AbortSignal.timeout(1_000) }).then(
          (r) => r.ok,
          () => false,
        );
        return [name, ok] as const;
      }),
    );
    return Object.fromEntries(entries);
  };
  return () => {
    if (!cached || Date.now() - cached.at > cacheMs) cached = { at: Date.now(), value: probe() };
    return cached.value;
  };
}
