import categoryData from './data/service-categories.json';

/**
 * One of the ten major service categories (DOMAIN.md). The data file is the single list; the projects subgraph
 * adds the 133 subcategories in its own data, keyed by these codes.
 */
export interface ServiceCategoryInfo {
  /** Stable slug, e.g. `elderly`. */
  code: string;
  /** Chinese name as users see it, e.g. 青暖夕阳. */
  name: string;
}

export const SERVICE_CATEGORIES: readonly ServiceCategoryInfo[] = categoryData;

const byCode = new Map(SERVICE_CATEGORIES.map((c) => [c.code, c]));

export function isServiceCategoryCode(code: string): boolean {
  return byCode.has(code);
}

export function serviceCategoryByCode(code: string): ServiceCategoryInfo | undefined {
  return byCode.get(code);
}
