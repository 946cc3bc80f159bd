import crypto from 'node:crypto';
import { points } from '../../kit/city/growth';

/**
 * Pure points-mall rules. Points follow the city's growth rule (10 per confirmed hour, whole points) on the
 * volunteer's total hours, so the mall's earned points always equal `Volunteer.points`; a record announced again
 * after a correction changes the total by the difference only.
 */
export function pointsChange(hoursBefore: number, hoursAfter: number, balance: number): number {
  const delta = points(hoursAfter) - points(hoursBefore);
  // Points already spent stay spent: a downward correction takes back at most the balance.
  return delta >= 0 ? delta : 0 - Math.min(-delta, balance);
}

// No 0/O, 1/I: a code is read aloud and typed at a shop counter.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** XJ and 8 random characters: about 10^12 codes, so guessing a valid one is hopeless. */
export function newRedemptionCode(): string {
  let code = 'XJ';
  for (let i = 0; i < 8; i++) code += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return code;
}

/** What a shop types: case and spaces or dashes do not matter. */
export function normalizeCode(input: string): string {
  return (input ?? '').toUpperCase().replace(/[\s-]/g, '');
}

export const MAX_POINTS_COST = 100_000;
export const MAX_STOCK = 10_000;
