import type { DataSource } from 'typeorm';
import { accountOf, type Caller } from '../../kit/runtime/caller';
import { countLoader, groupLoader, loaderFamily, rowLoader } from '../../kit/runtime/loaders';
import { districtAdminCheck, districtReplicaLookup } from '../../kit/runtime/district-admins';
import { organizationAdminCheck, replicaLookup } from '../../kit/runtime/organization-admins';
import { countsBy, projectsByIds, projectsByNeeds, projectsOfOrganizations } from './project.repository';
import { replicaOfAccount, replicasByIds, type ReplicaVolunteer } from '../../kit/district/volunteers';
import {
  correctionsOfRecords,
  firstRecordsOfVolunteers,
  recordsByIds,
  serviceLines,
  serviceSummaries,
} from './service-record.repository';
import type { ServiceRecordEntity } from './service-record.entity';
import { shiftsByIds, shiftsOfProjects } from './shift.repository';
import {
  liveSignupsOfShifts,
  liveSignupsOfVolunteerOnShifts,
  projectsSignedUpFor,
  signupsByIds,
  waitlistPositions,
} from './signup.repository';
import type { ProjectEntity } from './project.entity';
import { photosOfProjects, type PhotoRow } from './gallery.repository';
import { districtFigures } from './figures.repository';
import { statisticsLoader } from '../../kit/city/statistics';
import { figuresOfRange } from '../actions/statistics';
import { policiesOfVolunteers, programsByIds } from './insurance.repository';
import { campaignsByCodes, districtsOfCampaigns } from './campaign.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  let mine: Promise<ReplicaVolunteer | null> | undefined;
  /** The caller's own volunteer profile (from the replica), looked up at most once per request. */
  const me = (): Promise<ReplicaVolunteer | null> => {
    const account = accountOf(caller);
    if (!account) return Promise.resolve(null);
    mine ??= replicaOfAccount(db, account);
    return mine;
  };
  return {
    project: rowLoader(
      (ids: readonly string[]) => projectsByIds(db, ids),
      (p) => p.id,
    ),
    projectOfNeed: rowLoader(
      (ids: readonly string[]) => projectsByNeeds(db, ids),
      (p) => p.needId!,
    ),
    shiftsOfProject: groupLoader(
      (ids: readonly string[]) => shiftsOfProjects(db, ids),
      (s) => s.projectId,
    ),
    shift: rowLoader(
      (ids: readonly string[]) => shiftsByIds(db, ids),
      (s) => s.id,
    ),
    signup: rowLoader(
      (ids: readonly string[]) => signupsByIds(db, ids),
      (s) => s.id,
    ),
    signupsOfShift: groupLoader(
      (ids: readonly string[]) => liveSignupsOfShifts(db, ids),
      (s) => s.shiftId,
    ),
    waitlistPosition: rowLoader(
      (ids: readonly string[]) => waitlistPositions(db, ids),
      (r) => r.id,
    ),
    record: rowLoader(
      (ids: readonly string[]) => recordsByIds(db, ids),
      (r) => r.id,
    ),
    correctionsOfRecord: groupLoader(
      (ids: readonly string[]) => correctionsOfRecords(db, ids),
      (c) => c.recordId,
    ),
    projectCount: countLoader((codes: readonly string[]) => countsBy(db, 'district_code', codes)),
    serviceLines: groupLoader(
      (ids: readonly string[]) => serviceLines(db, ids),
      (l) => l.volunteerId,
    ),
    serviceSummary: rowLoader(
      (ids: readonly string[]) => serviceSummaries(db, ids),
      (s) => s.volunteerId,
    ),
    organizationProjectCount: countLoader((ids: readonly string[]) => countsBy(db, 'organization_id', ids)),
    /** Organization.projects takes `first`: one batching loader per page size. */
    organizationProjects: loaderFamily((first: number) =>
      groupLoader(
        (ids: readonly string[]) => projectsOfOrganizations(db, ids, first),
        (p: ProjectEntity) => p.organizationId,
      ),
    ),
    coverPhoto: groupLoader(
      (ids: readonly string[]) => photosOfProjects(db, ids, 1, false),
      (p) => p.projectId,
    ),
    /** Photos per project; one batching loader per page size and visibility (hidden ones for the owner only). */
    photos: loaderFamily(([first, withHidden]: [number, boolean]) =>
      groupLoader(
        (ids: readonly string[]) => photosOfProjects(db, ids, first, withHidden),
        (p: PhotoRow) => p.projectId,
      ),
    ),
    /** Volunteer profiles from the replica, by volunteer id (district checks over a page of volunteers). */
    profile: rowLoader(
      (ids: readonly string[]) => replicasByIds(db, ids),
      (p) => p.volunteerId,
    ),
    /** The first page of each volunteer's service records; one batching loader per page size. */
    firstRecords: loaderFamily((limit: number) =>
      groupLoader(
        (ids: readonly string[]) => firstRecordsOfVolunteers(db, ids, limit),
        (r: ServiceRecordEntity) => r.volunteerId,
      ),
    ),
    districtFigures: rowLoader(
      (codes: readonly string[]) => districtFigures(db, codes),
      (f) => f.code,
    ),
    /** The caller's own live sign-up per shift (a page of shifts in one statement, after the one `me` lookup). */
    mySignupOnShift: rowLoader(
      async (ids: readonly string[]) => {
        const profile = await me();
        return profile ? liveSignupsOfVolunteerOnShifts(db, profile.volunteerId, ids) : [];
      },
      (s) => s.shiftId,
    ),
    /** Whether the caller (a volunteer in person) holds a live sign-up on a project; a page in one statement. */
    signedUpFor: rowLoader(
      async (ids: readonly string[]) => {
        const profile = caller.kind === 'volunteer' ? await me() : null;
        return profile ? projectsSignedUpFor(db, profile.volunteerId, ids) : [];
      },
      (r) => r.projectId,
    ),
    /** Whether the caller is a listed admin of an organization (replica of the organizations subgraph's lists). */
    actsFor: organizationAdminCheck(caller, replicaLookup(db)),
    /**
     * Whether the caller administers a district: a city admin, or a listed admin (replica of the organizations
     * subgraph's lists).
     */
    administersDistrict: districtAdminCheck(caller, districtReplicaLookup(db)),
    /** Figures of a scope and range; every scope of one range comes from the same few statements. */
    statistics: statisticsLoader((from, to) => figuresOfRange(db, from, to)),
    program: rowLoader(
      (ids: readonly string[]) => programsByIds(db, ids),
      (p) => p.id,
    ),
    policiesOfVolunteer: groupLoader(
      (ids: readonly string[]) => policiesOfVolunteers(db, ids),
      (p) => p.volunteerId,
    ),
    campaign: rowLoader(
      (codes: readonly string[]) => campaignsByCodes(db, codes),
      (c) => c.code,
    ),
    districtsOfCampaign: groupLoader(
      (codes: readonly string[]) => districtsOfCampaigns(db, codes),
      (d) => d.campaignCode,
    ),
    me,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
