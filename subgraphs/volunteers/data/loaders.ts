import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { districtAdminCheck, districtReplicaLookup } from '../../kit/runtime/district-admins';
import { organizationAdminCheck, replicaLookup } from '../../kit/runtime/organization-admins';
import { countLoader, groupLoader, rowLoader } from '../../kit/runtime/loaders';
import { statisticsLoader } from '../../kit/city/statistics';
import { volunteerFigures } from '../rules/figures';
import { consentsOfVolunteers } from './consent.repository';
import { documentsOfApps } from './partner-app-document.repository';
import { volunteerBreakdowns } from '../rules/breakdowns';
import { breakdownFigures, registrationFigures } from './statistics.repository';
import { coursesByCodes, liveRecordsOf } from './training.repository';
import { volunteerCounts, volunteersByAccounts, volunteersByCardCodes, volunteersByIds } from './volunteer.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  return {
    volunteer: rowLoader(
      (ids: readonly string[]) => volunteersByIds(db, ids),
      (v) => v.id,
    ),
    volunteerByAccount: rowLoader(
      (accounts: readonly string[]) => volunteersByAccounts(db, accounts),
      (v) => v.accountId,
    ),
    volunteerByCardCode: rowLoader(
      (codes: readonly string[]) => volunteersByCardCodes(db, codes),
      (v) => v.cardCode!,
    ),
    /**
     * Whether the caller administers a district: a city admin, or a listed admin (replica of the organizations
     * subgraph's lists).
     */
    administersDistrict: districtAdminCheck(caller, districtReplicaLookup(db)),
    /** Every consent of a volunteer, history included, newest first. */
    consents: groupLoader(
      (ids: readonly string[]) => consentsOfVolunteers(db, ids),
      (c) => c.volunteerId,
    ),
    /** The trusted documents each partner app registered (PartnerApp.documentIds). */
    partnerAppDocuments: groupLoader(
      (clientIds: readonly string[]) => documentsOfApps(db, clientIds),
      (d) => d.clientId,
    ),
    /** Whether the caller acts as a listed admin of an organization (replica of the organizations subgraph's lists). */
    administersOrganization: organizationAdminCheck(caller, replicaLookup(db)),
    volunteerCount: countLoader((codes: readonly string[]) => volunteerCounts(db, codes)),
    /** Volunteer figures of a scope and range; all scopes of a range from one statement. */
    statistics: statisticsLoader(async (from, to) =>
      volunteerFigures(await registrationFigures(db, from, to), from, to),
    ),
    /** Courses of the catalogue by code (a page of projects' required courses, a page of records' courses). */
    course: rowLoader(
      (codes: readonly string[]) => coursesByCodes(db, codes),
      (c) => c.code,
    ),
    /** Each volunteer's live training records, the most recent first. */
    trainingRecords: groupLoader(
      (ids: readonly string[]) => liveRecordsOf(db, ids),
      (r) => r.volunteerId,
    ),
    /** Star-level and age-band breakdowns of a scope and range; all scopes of a range from one statement. */
    breakdowns: statisticsLoader(async (from, to) => volunteerBreakdowns(await breakdownFigures(db, from, to))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
