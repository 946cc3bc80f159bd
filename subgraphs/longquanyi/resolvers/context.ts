import { mayReadDistrictAccount } from '../../kit/district/volunteers';
import type { Context } from './types.generated';

/** The volunteer, the admins of their home district and city admins see a standing here (the kit's rule). */
export const mayReadStanding = (ctx: Context, volunteerId: string) =>
  mayReadDistrictAccount(ctx, volunteerId, 'longquanyiAccount');
