/** Mainland mobile numbers: 11 digits starting 13-19. */
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The 11-digit mobile number in a typed value (spaces, dashes and a +86 / 0086 prefix are allowed), or null when
 * it is not a mainland mobile number.
 */
export function normalizeMobile(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return MOBILE.test(digits) ? digits : null;
}
