import { subcategoriesOf } from '../data/taxonomy';
import type { ServiceCategoryResolvers } from './types.generated';

export const ServiceCategory: ServiceCategoryResolvers = {
  subcategories: (c) => subcategoriesOf(c.code),
};
