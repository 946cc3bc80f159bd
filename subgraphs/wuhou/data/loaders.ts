import type { DataSource } from 'typeorm';
import { accountOf, type Caller } from '../../kit/runtime/caller';
import { rowLoader } from '../../kit/runtime/loaders';
import { honorOf, needsByIds } from './need.repository';
import { replicaOfAccount, type ReplicaVolunteer } from '../../kit/district/volunteers';

export function createLoaders(db: DataSource, caller: Caller) {
  let me: Promise<ReplicaVolunteer | null> | undefined;
  return {
    need: rowLoader(
      (ids: readonly string[]) => needsByIds(db, ids),
      (n) => n.id,
    ),
    honor: rowLoader(
      (ids: readonly string[]) => honorOf(db, ids),
      (h) => h.volunteerId,
    ),
    /** The caller's volunteer profile, looked up at most once per request. */
    me(): Promise<ReplicaVolunteer | null> {
      const account = accountOf(caller);
      if (!account) return Promise.resolve(null);
      me ??= replicaOfAccount(db, account);
      return me;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
