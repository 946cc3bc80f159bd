import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { callerVolunteer } from '../../kit/district/volunteers';
import { groupLoader, rowLoader } from '../../kit/runtime/loaders';
import { familyFriendlyOf } from './family-friendly.repository';
import { familiesByIds, familyHours, membersOf } from './family.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  return {
    me: callerVolunteer(db, caller),
    family: rowLoader(
      (ids: readonly string[]) => familiesByIds(db, ids),
      (f) => f.id,
    ),
    members: groupLoader(
      (ids: readonly string[]) => membersOf(db, ids),
      (m) => m.familyId,
    ),
    familyFriendly: rowLoader(
      (ids: readonly string[]) => familyFriendlyOf(db, ids),
      (f) => f.projectId,
    ),
    hours: rowLoader(
      (ids: readonly string[]) => familyHours(db, ids),
      (h) => h.familyId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
