import { mayReadDistrictAccount } from '../../kit/district/volunteers';
import type { PlatformLoaders } from '../../kit/district/platform';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';

export type Ctx = SubgraphContext<PlatformLoaders & Loaders>;

export const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/** The volunteer, the admins of their home district and city admins see a volunteer's account here (the kit's rule). */
export const mayReadAccount = (ctx: Ctx, volunteerId: string) =>
  mayReadDistrictAccount(
    {
      caller: ctx.caller,
      administers: ctx.loaders.administersDistrict,
      me: ctx.loaders.me,
      volunteer: ctx.loaders.volunteer,
    },
    volunteerId,
    'xinjinAccount',
  );
