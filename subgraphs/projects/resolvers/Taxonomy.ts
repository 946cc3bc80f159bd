import { subcategoriesOf, type Category } from '../data/taxonomy';

export const ServiceCategory = {
  subcategories: (c: Category) => subcategoriesOf(c.code),
};
