/**
 * Apollo Server's `@cacheControl` directive, for the types a subgraph marks public with a short maxAge (issue 14.3).
 * Each subgraph answers with `Cache-Control: max-age=N, public` when every field of a query is so marked, else
 * `no-store`; the gateway takes the shortest over the subgraphs a query used and may keep an anonymous answer that
 * long (gateway/response-cache.ts). Unmarked types stay at maxAge 0, so anything not marked is never cached.
 *
 * Written once here and added to a subgraph's SDL when it uses the directive, as the district platform part is.
 * Without the `scope` argument: hints are PUBLIC, and the scope enum would be composed into the public schema; the
 * gateway caches anonymous callers' answers only, so what a signed-in caller sees is never shared anyway.
 */
export const CACHE_CONTROL_SDL = `
"Apollo Server's cache hint: seconds an answer made only of such fields may be reused (kit/runtime/cache-control.ts)."
directive @cacheControl(maxAge: Int, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/** The SDL with the directive's definition added when it uses the directive. */
export const withCacheControl = (sdl: string): string => (/@cacheControl\b/.test(sdl) ? sdl + CACHE_CONTROL_SDL : sdl);
