import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { callerVolunteer, replicaLoader } from '../../kit/district/volunteers';
import { countLoader, groupLoader, rowLoader } from '../../kit/runtime/loaders';
import { pagedGroupLoaders } from '../../kit/runtime/paged-loaders';
import { linksOf } from './family.repository';
import { accountsByIds, entriesOf, uncreditedHours } from './ledger.repository';
import { bookingsByIds, offersByIds } from './market.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  return {
    me: callerVolunteer(db, caller),
    volunteer: replicaLoader(db),
    account: rowLoader(
      (ids: readonly string[]) => accountsByIds(db, ids),
      (a) => a.volunteerId,
    ),
    uncreditedHours: countLoader((ids: readonly string[]) => uncreditedHours(db, ids)),
    entries: pagedGroupLoaders(
      (ids: readonly string[], size, after) => entriesOf(db, ids, size + 1, after),
      (e) => e.volunteerId,
    ),
    family: groupLoader(
      (ids: readonly string[]) => linksOf(db, ids),
      (l) => l.owner,
    ),
    offer: rowLoader(
      (ids: readonly string[]) => offersByIds(db, ids),
      (o) => o.id,
    ),
    booking: rowLoader(
      (ids: readonly string[]) => bookingsByIds(db, ids),
      (b) => b.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
