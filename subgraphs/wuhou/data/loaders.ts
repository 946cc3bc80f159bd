import type { DataSource } from 'typeorm';
import { accountOf, type Caller } from '../../kit/runtime/caller';
import { rowLoader } from '../../kit/runtime/loaders';
import { honorOf, needsByIds } from './need.repository';
import { profileOfAccount, type Profile } from './profile.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  let me: Promise<Profile | null> | undefined;
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
    me(): Promise<Profile | null> {
      const account = accountOf(caller);
      if (!account) return Promise.resolve(null);
      me ??= profileOfAccount(db, account);
      return me;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
