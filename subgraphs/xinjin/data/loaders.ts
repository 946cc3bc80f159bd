import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { callerVolunteer, replicaLoader } from '../../kit/district/volunteers';
import { rowLoader } from '../../kit/runtime/loaders';
import { pagedGroupLoaders } from '../../kit/runtime/paged-loaders';
import { redemptionsOf, rewardsByIds } from './mall.repository';
import { accountsByIds } from './points.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  return {
    me: callerVolunteer(db, caller),
    volunteer: replicaLoader(db),
    account: rowLoader(
      (ids: readonly string[]) => accountsByIds(db, ids),
      (a) => a.volunteerId,
    ),
    reward: rowLoader(
      (ids: readonly string[]) => rewardsByIds(db, ids),
      (r) => r.id,
    ),
    redemptions: pagedGroupLoaders(
      (ids: readonly string[], size, after) => redemptionsOf(db, ids, size + 1, after),
      (r) => r.volunteerId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
