import { mayReadDistrictAccount } from '../../kit/district-volunteers';
import type { PlatformLoaders } from '../../kit/district';
import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';

export type Ctx = SubgraphContext<PlatformLoaders & Loaders>;

export const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export const volunteerRef = (id: string | null) => (id ? { __typename: 'Volunteer', id } : null);

/** Only the volunteer, Pidu's district admin and city admins see a volunteer's account here. */
export const mayReadAccount = (ctx: Ctx, volunteerId: string) => mayReadDistrictAccount(ctx.loaders.administersDistrict, 'pidu', ctx.loaders.me, volunteerId);
