import { mayReadDistrictAccount } from '../../kit/district/volunteers';
import type { Context } from './types.generated';

/** ISO 8601 of a timestamp column (the kit's, re-exported for this district's resolvers). */
export { iso } from '../../kit/runtime/timestamps';

/** The reference the gateway resolves to a volunteer in the volunteers subgraph. */
export const volunteerRef = (id: string) => ({ id });

/** The volunteer, the admins of their home district and city admins see a volunteer's account here (the kit's rule). */
export const mayReadAccount = (ctx: Context, volunteerId: string) =>
  mayReadDistrictAccount(ctx, volunteerId, 'piduAccount');
