import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { badInput, forbidden, unauthenticated } from '../../kit/runtime/errors';
import { beijingToday } from '../../kit/city/statistics';
import { allWageRates, insertWageRate, type WageRateRow } from '../data/statistics.repository';
import { findCategory } from '../data/taxonomy';

export interface WageRateInput {
  categoryCode: string;
  year: number;
  ratePerHour: number;
  source: string;
}

/** Rates above this are surely a slip (a monthly wage typed as hourly): the city's hourly wages are far below. */
const MAX_RATE = 2_000;
const FIRST_YEAR = 2000;

/**
 * A city admin sets the rate valuing a category's hours of a year. Nothing is overwritten: the new row supersedes
 * the earlier rate of that year, which stays readable as history (`wageRates(history: true)`).
 */
export async function setWageRate(db: DataSource, caller: Caller, input: WageRateInput): Promise<WageRateRow> {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a city admin to set wage rates.');
  if (caller.kind !== 'cityAdmin') throw forbidden('Only city admins set the wage rates that value service.');
  if (!findCategory(input.categoryCode))
    throw badInput('categoryCode must be one of the 10 major service categories, e.g. elderly.', 'categoryCode');
  const lastYear = Number(beijingToday().slice(0, 4)) + 1;
  if (!Number.isInteger(input.year) || input.year < FIRST_YEAR || input.year > lastYear)
    throw badInput(`year must be a year from ${FIRST_YEAR} to ${lastYear}.`, 'year');
  const rate = input.ratePerHour;
  if (!(rate > 0 && rate <= MAX_RATE) || Math.round(rate * 100) !== rate * 100)
    throw badInput(`ratePerHour must be more than 0 and at most ${MAX_RATE} CNY, to the fen.`, 'ratePerHour');
  const source = input.source.trim();
  if (source.length < 2 || source.length > 300)
    throw badInput('source must say where the rate comes from, in 2 to 300 characters.', 'source');
  const id = await insertWageRate(db, { ...input, rate, source, setBy: caller.accountId });
  return (await allWageRates(db)).find((r) => r.id === id)!;
}

/** The current rates (of `year` only, if given), or every rate ever set with `history`. */
export async function wageRates(db: DataSource, year: number | null | undefined, history: boolean) {
  const all = await allWageRates(db);
  return all.filter((r) => (history || r.current) && (year == null || r.year === year));
}
