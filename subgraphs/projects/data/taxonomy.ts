import categories from '../../kit/data/service-categories.json';
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

export const findCategory = (code: string | null | undefined) => (code ? categoryByCode.get(code) ?? null : null);
export const findSubcategory = (code: string | null | undefined) => (code ? subcategoryByCode.get(code) ?? null : null);
export const subcategoriesOf = (categoryCode: string) => SUBCATEGORIES.filter((s) => s.categoryCode === categoryCode);
