import categories from '../../kit/city/data/service-categories.json';
import subcategories from './subcategories.json';

/**
 * The taxonomy as loaded into `service_category`/`service_subcategory` by migration, kept in memory too: it is
 * small, changes only with a migration, and validating input against it costs no SQL.
 */
export interface Category {
  code: string;
  name: string;
}
export interface Subcategory {
  code: string;
  categoryCode: string;
  name: string;
}

export const CATEGORIES: readonly Category[] = categories;
export const SUBCATEGORIES: readonly Subcategory[] = subcategories;

const categoryByCode = new Map(CATEGORIES.map((c) => [c.code, c]));
const subcategoryByCode = new Map(SUBCATEGORIES.map((s) => [s.code, s]));

export const findCategory = (code: string | null | undefined) => (code ? (categoryByCode.get(code) ?? null) : null);
export const findSubcategory = (code: string | null | undefined) =>
  code ? (subcategoryByCode.get(code) ?? null) : null;
export const subcategoriesOf = (categoryCode: string) => SUBCATEGORIES.filter((s) => s.categoryCode === categoryCode);

/**
 * True when `name` holds the characters of `word` (two or more) in order with at most one character between
 * neighbours: the way Chinese shortens a name, 环境保护 → 环保. The gap limit keeps far-apart characters of a
 * long name from matching by chance.
 */
function abbreviates(word: string, name: string): boolean {
  const chars = [...word];
  const text = [...name];
  const from = (wi: number, ni: number): boolean => {
    if (wi === chars.length) return true;
    const limit = wi === 0 ? text.length : Math.min(text.length, ni + 2);
    for (let i = ni; i < limit; i++) if (text[i] === chars[wi] && from(wi + 1, i + 1)) return true;
    return false;
  };
  return chars.length > 1 && from(0, 0);
}

const nameMatches = (word: string, name: string) => {
  const lower = name.toLowerCase();
  return lower.includes(word) || abbreviates(word, lower);
};

/**
 * The categories and subcategories a search word names (lower-cased): their names contain it, or shorten to it
 * (环保 names 环境保护). In memory: 143 names, and a search then costs no SQL for them.
 */
export function taxonomyNamedBy(word: string): { categories: string[]; subcategories: string[] } {
  return {
    categories: CATEGORIES.filter((c) => nameMatches(word, c.name)).map((c) => c.code),
    subcategories: SUBCATEGORIES.filter((s) => nameMatches(word, s.name)).map((s) => s.code),
  };
}
