import type { DataSource } from 'typeorm';
import { accountOf, type Caller } from '../../kit/caller';
import { replicaOfAccount, type ReplicaVolunteer } from '../../kit/district-volunteers';
import { rowLoader } from '../../kit/loaders';
import { pagedGroupLoaders } from '../../kit/paged-loaders';
import { redemptionsOf, rewardsByIds } from './mall.repository';
import { accountsByIds } from './points.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  let me: Promise<ReplicaVolunteer | null> | undefined;
  return {
    /** The registered volunteer the signed-in citizen is (volunteer tokens only), once per request. */
    me: () => (me ??= caller.kind === 'volunteer' ? replicaOfAccount(db, accountOf(caller)!) : Promise.resolve(null)),
    account: rowLoader((ids: readonly string[]) => accountsByIds(db, ids), (a) => a.volunteerId),
    reward: rowLoader((ids: readonly string[]) => rewardsByIds(db, ids), (r) => r.id),
    redemptions: pagedGroupLoaders((ids: readonly string[], size, after) => redemptionsOf(db, ids, size + 1, after), (r) => r.volunteerId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
