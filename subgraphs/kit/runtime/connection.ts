import { hasControlCharacter } from './control-characters';
import { isCalendarDay } from '../city/days';
import { badInput } from './errors';
import { isUuid } from './ids';

/** The hard page maximum of every list (DESIGN.md): a client cannot ask for more in one page. */
export const MAX_PAGE_SIZE = 100;

/** Validates `first`, defaulting it, and refusing zero, negatives and anything over the page maximum. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}; ask for the next page with after.`, 'first');
  }
  return n;
}

/** Cursors are opaque to clients: base64url of the sort key parts. */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/**
 * What each part of a cursor holds. Cursors come back from clients, so a part is checked for its kind before it
 * reaches SQL: a crafted cursor is the client's mistake (BAD_USER_INPUT), never a database error.
 * - `timestamp`: ISO 8601 or Postgres's text form (`2026-12-01 08:30:00.123456+08`), a real instant
 * - `date`: a calendar day, YYYY-MM-DD
 * - `uuid`: an id
 * - `int`: a whole number (a bigserial id), returned as its digits
 * - `text`: up to 200 characters, no control characters
 * - `number`: a finite decimal such as a distance (`1.2345`, `6e-5`), returned as its text for an exact round trip
 */
export type CursorPart = 'timestamp' | 'date' | 'uuid' | 'int' | 'text' | 'number';

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?$/;

function isTimestamp(value: string): boolean {
  const m = TIMESTAMP.exec(value);
  if (!m || !isCalendarDay(`${m[1]}-${m[2]}-${m[3]}`) || m[1] === '0000') return false;
  const [h, min, sec, offH, offMin] = [m[4], m[5], m[6], m[7] ?? '0', m[8] ?? '0'].map(Number);
  return h < 24 && min < 60 && sec < 60 && offH <= 15 && offMin < 60;
}

const PART_CHECKS: Record<CursorPart, (v: unknown) => string | null> = {
  timestamp: (v) => (typeof v === 'string' && isTimestamp(v) ? v : null),
  date: (v) => (typeof v === 'string' && isCalendarDay(v) && !v.startsWith('0000') ? v : null),
  uuid: (v) => (typeof v === 'string' && isUuid(v) ? v : null),
  int: (v) =>
    (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'string' && /^\d{1,18}$/.test(v))
      ? String(v)
      : null,
  text: (v) => (typeof v === 'string' && v.length <= 200 && !hasControlCharacter(v) ? v : null),
  number: (v) =>
    typeof v === 'string' && /^-?\d{1,20}(\.\d{1,20})?(e[+-]?\d{1,3})?$/.test(v) && Number.isFinite(Number(v))
      ? v
      : null,
};

/**
 * The parts of a cursor this API returned, each checked against `shape`; null without a cursor. Anything else (not
 * base64url, not JSON, the wrong number of parts, a part of the wrong kind) is BAD_USER_INPUT naming `after`.
 */
export function decodeCursor<const S extends readonly CursorPart[]>(
  cursor: string | null | undefined,
  shape: S,
): { -readonly [K in keyof S]: string } | null {
  if (!cursor) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  const checked =
    Array.isArray(parts) && parts.length === shape.length
      ? shape.map((kind, i) => PART_CHECKS[kind](parts[i]))
      : [null];
  if (checked.some((p) => p === null))
    throw badInput('after is not a cursor this API returned; start again without it.', 'after');
  return checked as { -readonly [K in keyof S]: string };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a connection from `size + 1` fetched rows: the extra row only tells whether a next page exists. */
export function toConnection<T>(rows: T[], size: number, cursorOf: (row: T) => (string | number)[]): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
