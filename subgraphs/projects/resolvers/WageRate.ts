import { iso } from '../../kit/runtime/timestamps';
import { findCategory } from '../data/taxonomy';
import type { WageRateResolvers } from './types.generated';

export const WageRate: WageRateResolvers = {
  // The table's foreign key keeps every row's category in the taxonomy.
  category: (r) => findCategory(r.categoryCode)!,
  ratePerHour: (r) => r.rate,
  setAt: (r) => iso(r.setAt),
};
