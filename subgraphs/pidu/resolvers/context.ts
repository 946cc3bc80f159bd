import { mayReadDistrictAccount } from '../../kit/district/volunteers';
import type { Context } from './types.generated';

/** ISO 8601 of a timestamp column; a nullable column stays null. */
export function iso(d: Date): string;
export function iso(d: Date | null): string | null;
export function iso(d: Date | null): string | null {
  return d ? new Date(d).toISOString() : null;
}

/** The reference the gateway resolves to a volunteer in the volunteers subgraph. */
export const volunteerRef = (id: string) => ({ id });

/** The volunteer, the admins of their home district and city admins see a volunteer's account here (the kit's rule). */
export const mayReadAccount = (ctx: Context, volunteerId: string) =>
  mayReadDistrictAccount(
    {
      caller: ctx.caller,
      administers: ctx.loaders.administersDistrict,
      me: ctx.loaders.me,
      volunteer: ctx.loaders.volunteer,
    },
    volunteerId,
    'piduAccount',
  );
