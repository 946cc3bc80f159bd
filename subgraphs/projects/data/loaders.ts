import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { accountOf, type Caller } from '../../kit/caller';
import { countLoader, groupLoader, rowLoader } from '../../kit/loaders';
import { countsBy, projectsByIds, projectsByNeeds, projectsOfOrganizations } from './project.repository';
import { profileOfAccount, type VolunteerProfile } from './replica.repository';
import { correctionsOfRecords, recordsByIds, serviceSummaries } from './service-record.repository';
import { shiftsByIds, shiftsOfProjects } from './shift.repository';
import { liveSignupsOfShifts, signupsByIds, waitlistPositions } from './signup.repository';
import type { ProjectEntity } from './project.entity';
import { photosOfProjects, type PhotoRow } from './gallery.repository';
import { districtFigures } from './figures.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  // Organization.projects takes `first`, so there is one batching loader per distinct page size in a request.
  const projectsOf = new Map<number, DataLoader<string, ProjectEntity[]>>();
  const photosOf = new Map<string, DataLoader<string, PhotoRow[]>>();
  let me: Promise<VolunteerProfile | null> | undefined;
  return {
    project: rowLoader((ids: readonly string[]) => projectsByIds(db, ids), (p) => p.id),
    projectOfNeed: rowLoader((ids: readonly string[]) => projectsByNeeds(db, ids), (p) => p.needId!),
    shiftsOfProject: groupLoader((ids: readonly string[]) => shiftsOfProjects(db, ids), (s) => s.projectId),
    shift: rowLoader((ids: readonly string[]) => shiftsByIds(db, ids), (s) => s.id),
    signup: rowLoader((ids: readonly string[]) => signupsByIds(db, ids), (s) => s.id),
    signupsOfShift: groupLoader((ids: readonly string[]) => liveSignupsOfShifts(db, ids), (s) => s.shiftId),
    waitlistPosition: rowLoader((ids: readonly string[]) => waitlistPositions(db, ids), (r) => r.id),
    record: rowLoader((ids: readonly string[]) => recordsByIds(db, ids), (r) => r.id),
    correctionsOfRecord: groupLoader((ids: readonly string[]) => correctionsOfRecords(db, ids), (c) => c.recordId),
    projectCount: countLoader((codes: readonly string[]) => countsBy(db, 'district_code', codes)),
    serviceSummary: rowLoader((ids: readonly string[]) => serviceSummaries(db, ids), (s) => s.volunteerId),
    organizationProjectCount: countLoader((ids: readonly string[]) => countsBy(db, 'organization_id', ids)),
    organizationProjects(first: number): DataLoader<string, ProjectEntity[]> {
      let loader = projectsOf.get(first);
      if (!loader) {
        loader = groupLoader((ids: readonly string[]) => projectsOfOrganizations(db, ids, first), (p) => p.organizationId);
        projectsOf.set(first, loader);
      }
      return loader;
    },
    coverPhoto: groupLoader((ids: readonly string[]) => photosOfProjects(db, ids, 1, false), (p) => p.projectId),
    /** Photos per project; one batching loader per page size and visibility (hidden ones for the owner only). */
    photos(first: number, withHidden: boolean): DataLoader<string, PhotoRow[]> {
      const key = `${first}:${withHidden}`;
      let loader = photosOf.get(key);
      if (!loader) {
        loader = groupLoader((ids: readonly string[]) => photosOfProjects(db, ids, first, withHidden), (p) => p.projectId);
        photosOf.set(key, loader);
      }
      return loader;
    },
    districtFigures: rowLoader((codes: readonly string[]) => districtFigures(db, codes), (f) => f.code),
    /** The caller's own volunteer profile (from the replica), looked up at most once per request. */
    me(): Promise<VolunteerProfile | null> {
      const account = accountOf(caller);
      if (!account) return Promise.resolve(null);
      me ??= profileOfAccount(db, account);
      return me;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
