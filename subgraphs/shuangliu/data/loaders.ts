import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { callerVolunteer } from '../../kit/district/volunteers';
import { callerRowLoader } from '../../kit/district/own-rows';
import { groupLoader, loaderFamily, rowLoader } from '../../kit/runtime/loaders';
import { pagedGroupLoaders } from '../../kit/runtime/paged-loaders';
import {
  hubFigures,
  postTotals,
  postsByIds,
  postsOfHubs,
  rotasOf,
  shiftsOfVolunteer,
  slotsByIds,
  volunteerTotals,
} from './hub.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  const me = callerVolunteer(db, caller);
  return {
    me,
    post: rowLoader(
      (ids: readonly string[]) => postsByIds(db, ids),
      (p) => p.id,
    ),
    slot: rowLoader(
      (ids: readonly string[]) => slotsByIds(db, ids),
      (s) => s.id,
    ),
    postsOfHub: pagedGroupLoaders(
      (hubs: readonly string[], size, after) => postsOfHubs(db, hubs, size + 1, after),
      (p) => p.hub,
    ),
    /** The rotas of every post on a page for one day, in one statement per day asked for. */
    rota: loaderFamily((day: string) =>
      groupLoader(
        (postIds: readonly string[]) => rotasOf(db, postIds, day),
        (s) => s.postId,
      ),
    ),
    postTotals: rowLoader(
      (ids: readonly string[]) => postTotals(db, ids),
      (t) => t.postId,
    ),
    volunteerTotals: rowLoader(
      (ids: readonly string[]) => volunteerTotals(db, ids),
      (t) => t.volunteerId,
    ),
    hubFigures: loaderFamily(([from, to]: [string | null, string | null]) =>
      rowLoader(
        (hubs: readonly string[]) => hubFigures(db, hubs, from, to),
        (f) => f.hub,
      ),
    ),
    /** The caller's own shift on each slot of a rota, in one statement. */
    myShift: callerRowLoader(
      me,
      (volunteerId, slotIds) => shiftsOfVolunteer(db, volunteerId, slotIds),
      (s) => s.slotId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
