/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) every Chinese organization carries: 18 characters
 * from a 31-character alphabet (no I, O, S, V, Z, which are too easily misread), the last one a check character
 * computed from the other 17. Registration checks it so a typing mistake is caught before it becomes a record.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of position i (0-based) is 3^i mod 31. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n));

export type CreditCodeProblem = 'LENGTH' | 'CHARACTERS' | 'CHECK_CHARACTER';

/** The check character for the first 17 characters of a code (which must use the code's alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`not a credit-code character: ${first17[i]}`);
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Upper-cases and trims what a person typed; codes are printed in upper case on licences. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

/** Why a (normalized) code is not a valid unified social credit code, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'LENGTH';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'CHARACTERS';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'CHECK_CHARACTER';
}

/** A message a person can act on, for each problem. */
export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  LENGTH: 'The unified social credit code has exactly 18 characters; copy it from the registration certificate.',
  CHARACTERS:
    'The unified social credit code uses only digits and the capital letters A-Y without I, O, S, V and Z; check ' +
    'for a mistyped character.',
  CHECK_CHARACTER:
    'The unified social credit code does not add up: its last (check) character does not match the first 17; check ' +
    'for a mistyped character.',
};
