import categories from '../../kit/data/service-categories.json';

/** The ten major service categories (DOMAIN.md), from the one data file every subgraph reads. */
const byCode = new Map((categories as { code: string; name: string }[]).map((c) => [c.code, c.name]));

export const CATEGORY_CODES: readonly string[] = [...byCode.keys()];

export function categoryName(code: string): string | undefined {
  return byCode.get(code);
}
