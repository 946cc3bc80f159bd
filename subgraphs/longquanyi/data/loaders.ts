import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { callerVolunteer, replicaLoader } from '../../kit/district/volunteers';
import { chengduToday } from '../../kit/city/time-of-day';
import { rowLoader } from '../../kit/runtime/loaders';
import { pagedGroupLoaders } from '../../kit/runtime/paged-loaders';
import { yearBefore } from '../rules/stars';
import { accountsByIds, callInsOf, noShowDaysOf } from './stars.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  return {
    me: callerVolunteer(db, caller),
    volunteer: replicaLoader(db),
    account: rowLoader(
      (ids: readonly string[]) => accountsByIds(db, ids),
      (a) => a.volunteerId,
    ),
    /** No-show days within the past year, for every volunteer on a page in one statement. */
    noShows: rowLoader(
      (ids: readonly string[]) => noShowDaysOf(db, ids, yearBefore(chengduToday())),
      (n) => n.volunteerId,
    ),
    callIns: pagedGroupLoaders(
      (ids: readonly string[], size, after) => callInsOf(db, ids, size + 1, after),
      (c) => c.volunteerId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
