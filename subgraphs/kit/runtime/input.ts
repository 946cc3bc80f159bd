import { badInput } from './errors';

/** Trimmed text of `min`-`max` characters, or BAD_USER_INPUT naming the field. */
export function requireText(value: string | null | undefined, field: string, min: number, max: number): string {
  const t = (value ?? '').trim();
  if (t.length < min || t.length > max) throw badInput(`${field} must be ${min}-${max} characters.`, field);
  return t;
}

/** A whole number from `min` to `max`, or BAD_USER_INPUT naming the field and the range. */
export function requireWholeNumber(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(
      `${field} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`,
      field,
    );
  }
  return value;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,64}$/;

/** A client's idempotency key (absent is allowed), or BAD_USER_INPUT: 8 to 64 safe characters; a UUID works. */
export function optionalIdempotencyKey(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!IDEMPOTENCY_KEY.test(value))
    throw badInput('idempotencyKey must be 8 to 64 letters, digits or . _ : - (a UUID works).', 'idempotencyKey');
  return value;
}
