import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { callerVolunteer } from '../../kit/district/volunteers';
import { groupLoader, rowLoader } from '../../kit/runtime/loaders';
import { organizationAdminCheck, replicaLookup } from '../../kit/runtime/organization-admins';
import { applicationsByIds, applicationsOfVolunteers } from './application.repository';
import {
  eventsByIds,
  eventsOfDistricts,
  eventsOfHosts,
  needsOfOrganizations,
  needsOfRounds,
  roundsOfEvents,
} from './event.repository';
import { figuresOfEvents } from './figures.repository';
import { rolesByIds, rolesOfEvents } from './role.repository';
import { deploymentsOfShifts, deploymentsOfVolunteers, shiftsByIds, shiftsOfEvents } from './shift.repository';
import { attendeesOfSessions, sessionsOfEvents } from './training.repository';

/** This request's DataLoaders: every list-to-entity path of the schema goes through one. */
export function createLoaders(db: DataSource, caller: Caller) {
  const byId = <T extends { id: string }>(fetch: (db: DataSource, ids: readonly string[]) => Promise<T[]>) =>
    rowLoader(
      (ids: readonly string[]) => fetch(db, ids),
      (r) => r.id,
    );
  return {
    /** Whether the caller is a listed admin of an organization (the replica of its admin list decides). */
    actsFor: organizationAdminCheck(caller, replicaLookup(db)),
    /** The caller as a registered volunteer, looked up at most once. */
    me: callerVolunteer(db, caller),
    event: byId(eventsByIds),
    role: byId(rolesByIds),
    shift: byId(shiftsByIds),
    application: byId(applicationsByIds),
    rolesOfEvent: groupLoader(
      (ids: readonly string[]) => rolesOfEvents(db, ids),
      (r) => r.eventId,
    ),
    roundsOfEvent: groupLoader(
      (ids: readonly string[]) => roundsOfEvents(db, ids),
      (r) => r.eventId,
    ),
    needsOfRound: groupLoader(
      (ids: readonly string[]) => needsOfRounds(db, ids),
      (n) => n.roundId,
    ),
    needsOfOrganization: groupLoader(
      (ids: readonly string[]) => needsOfOrganizations(db, ids),
      (n) => n.organizationId,
    ),
    eventsOfHost: groupLoader(
      (ids: readonly string[]) => eventsOfHosts(db, ids),
      (e) => e.hostOrganizationId!,
    ),
    eventsOfDistrict: groupLoader(
      (codes: readonly string[]) => eventsOfDistricts(db, codes),
      (e) => e.districtCode,
    ),
    sessionsOfEvent: groupLoader(
      (ids: readonly string[]) => sessionsOfEvents(db, ids),
      (s) => s.eventId,
    ),
    attendeesOfSession: groupLoader(
      (ids: readonly string[]) => attendeesOfSessions(db, ids),
      (a) => a.sessionId,
    ),
    shiftsOfEvent: groupLoader(
      (ids: readonly string[]) => shiftsOfEvents(db, ids),
      (s) => s.eventId,
    ),
    deploymentsOfShift: groupLoader(
      (ids: readonly string[]) => deploymentsOfShifts(db, ids),
      (d) => d.shiftId,
    ),
    applicationsOfVolunteer: groupLoader(
      (ids: readonly string[]) => applicationsOfVolunteers(db, ids),
      (a) => a.volunteerId,
    ),
    deploymentsOfVolunteer: groupLoader(
      (ids: readonly string[]) => deploymentsOfVolunteers(db, ids),
      (d) => d.volunteerId,
    ),
    figures: rowLoader(
      (ids: readonly string[]) => figuresOfEvents(db, ids),
      (f) => f.key,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
