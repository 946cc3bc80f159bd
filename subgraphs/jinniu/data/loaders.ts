import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { callerVolunteer } from '../../kit/district/volunteers';
import { callerRowLoader } from '../../kit/district/own-rows';
import { rowLoader } from '../../kit/runtime/loaders';
import { alertsByIds, offersOfVolunteer } from './roster.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  const me = callerVolunteer(db, caller);
  return {
    me,
    alert: rowLoader(
      (ids: readonly string[]) => alertsByIds(db, ids),
      (a) => a.id,
    ),
    /** The caller's own offer of each alert on a page, in one statement. */
    myOffer: callerRowLoader(
      me,
      (volunteerId, alertIds) => offersOfVolunteer(db, volunteerId, alertIds),
      (o) => o.alertId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
