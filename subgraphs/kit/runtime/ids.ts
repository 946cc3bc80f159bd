import { badInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Keeps only well-formed ids, so a bad id from a client yields "not found" rather than a database error. */
export function wellFormedIds(ids: readonly string[]): string[] {
  return ids.filter(isUuid);
}

/** Rejects a malformed id argument with a message naming the argument. */
export function requireUuid(value: string, what: string): string {
  if (!isUuid(value))
    throw badInput(`${what} must be an id as returned by the API (a UUID); got something else.`, what);
  return value;
}
