import type { Caller } from '../runtime/caller';
import { appMayRead, type ConsentInForce, type DataKind } from './consent';

/**
 * The city's visibility table (issue 11): every personal field × every kind of caller → what the caller gets.
 * It is the one source of truth: subgraph rules read it (volunteers' personalDataAccess, projects' record and
 * contact rules, the districts' account rule), `docs/visibility.md` is rendered from it (`npm run
 * docs:visibility`), and tests/privacy/visibility.test.ts checks every cell through the gateway.
 *
 * Callers are named relative to the person the field is about (the subject):
 * - `self`: the subject signed in as themselves (for a project's contact phone: a volunteer signed up on it);
 * - `projectOrgAdmin`: a listed admin of an organization running a project the subject signed up for;
 * - `homeDistrictAdmin`: a listed admin of the district the subject lives in (for a project's contact phone: of
 *   the project's district); `otherDistrictAdmin`: any other district's admin;
 * - `statisticsViewer`: a read-only city dashboard (issue 13's `statistics_viewer` token): aggregates only, so it
 *   gets nothing of any personal field, not even the public forms (the gateway refuses such fields to it outright);
 * - `partnerWithConsent`: a partner app acting for the subject with the `volunteer:read` scope, whose app holds a
 *   consent in force (kit/city/consent.ts, recorded by the volunteers subgraph) covering the field's `kind` of data;
 *   `partnerWithoutConsent`: any other partner app call (no consent, consent withdrawn or not covering the kind,
 *   another app than the one consented to, another citizen, or the scope missing).
 */
export const CALLER_ROLES = [
  'anonymous',
  'self',
  'otherVolunteer',
  'projectOrgAdmin',
  'otherOrgAdmin',
  'homeDistrictAdmin',
  'otherDistrictAdmin',
  'cityAdmin',
  'statisticsViewer',
  'partnerWithConsent',
  'partnerWithoutConsent',
] as const;

export type CallerRole = (typeof CALLER_ROLES)[number];

/**
 * - `full`: the value itself;
 * - `masked`: the value masked (ID `5101**************`, mobile `138****5678`): recognisable, not usable, and not
 *   rebuildable from anything else the same caller sees;
 * - `public`: the public form, the same for everyone: a nickname or masked name (王*明; 青聚志愿者 for a minor),
 *   the month of registration, public figures;
 * - `none`: nothing: null, an empty list, or FORBIDDEN.
 */
export type Visibility = 'full' | 'masked' | 'public' | 'none';

export type Cells = Readonly<Record<CallerRole, Visibility>>;

export interface PersonalField {
  /** The subgraph that owns the field and enforces its row. */
  owner: string;
  /** Where it is read in the supergraph. */
  path: string;
  /** What it is, in a few words. */
  what: string;
  /** Cells for an adult subject. */
  adult: Cells;
  /** Cells for a subject under 18; null where the field does not exist for adults (a guardian) or is the same. */
  minor: Cells | null;
  /** Only minors have it (the guardian who consented). */
  minorOnly?: boolean;
  /**
   * The kind of data it is, which a consent to a partner app must cover for the `partnerWithConsent` column to
   * apply; null where no consent hands it to an app (public facts, district accounts, others' data).
   */
  kind: DataKind | null;
  /**
   * The `projectOrgAdmin` column applies only while the subject's consent to ORGANIZERS covers `kind`; without it an
   * organizer of their projects counts as `otherOrgAdmin`.
   */
  organizersByConsent?: boolean;
}

/**
 * A row: every caller gets `otherwise` unless named, except a statistics viewer, who gets nothing unless named: a
 * dashboard reads aggregates, and a public form is still a person's.
 */
const cells = (named: Partial<Record<CallerRole, Visibility>>, otherwise: Visibility = 'none'): Cells =>
  Object.fromEntries(
    CALLER_ROLES.map((r) => [r, named[r] ?? (r === 'statisticsViewer' ? 'none' : otherwise)]),
  ) as Cells;

/** The basic record: its owner, their district's admins, city admins, and a consented partner app for them. */
const RECORD = cells({ self: 'full', homeDistrictAdmin: 'full', cityAdmin: 'full', partnerWithConsent: 'full' });
/** ID number and mobiles: in full to their owner only. */
const MASKED_RECORD = cells({
  self: 'full',
  homeDistrictAdmin: 'masked',
  cityAdmin: 'masked',
  partnerWithConsent: 'masked',
});
/** What the person does (sign-ups, calendar, notifications, feed token): theirs and their consented app's. */
const OWN_ACTIVITY = cells({ self: 'full', partnerWithConsent: 'full' });
/** Service records: the volunteer, the admins vouching for their service, a consented partner app. */
const SERVICE_RECORDS = RECORD;
/** Accounts on a district platform (Pidu time bank, Xinjin points): never handed to partner apps. */
const DISTRICT_ACCOUNT = cells({ self: 'full', homeDistrictAdmin: 'full', cityAdmin: 'full' });
const PUBLIC = cells({}, 'public');
/** What the public form of a field is to those who may read the record, and the public form to anyone else. */
const FULL_TO_RECORD_READERS = (others: Visibility): Cells =>
  cells({ self: 'full', homeDistrictAdmin: 'full', cityAdmin: 'full', partnerWithConsent: 'full' }, others);

export const VISIBILITY = {
  publicName: {
    kind: null,
    owner: 'volunteers',
    path: 'Volunteer.displayName, Volunteer.card.displayName, verifyVolunteerCard.displayName',
    what: 'public name: the chosen nickname, else the real name masked (王*明); 青聚志愿者 under 18',
    adult: PUBLIC,
    minor: null,
  },
  homeDistrict: {
    kind: 'PROFILE',
    owner: 'volunteers',
    path: 'Volunteer.district',
    what: 'home district',
    adult: FULL_TO_RECORD_READERS('public'),
    minor: FULL_TO_RECORD_READERS('none'),
  },
  registeredAt: {
    kind: 'PROFILE',
    owner: 'volunteers',
    path: 'Volunteer.memberSince, Volunteer.card.memberSince',
    what: 'registration time: exact, or the month (YYYY-MM) as the public form',
    adult: FULL_TO_RECORD_READERS('public'),
    minor: FULL_TO_RECORD_READERS('none'),
  },
  realName: {
    kind: 'PROFILE',
    owner: 'volunteers',
    path: 'Volunteer.profile.realName',
    what: 'real name',
    adult: RECORD,
    minor: null,
  },
  basicRecord: {
    kind: 'PROFILE',
    owner: 'volunteers',
    path: 'Volunteer.profile { sex birthDate skills serviceCategories consentedAt shareWithPartners }',
    what: 'sex, birth date (hence age), skills, service categories, consent',
    adult: RECORD,
    minor: null,
  },
  idNumber: {
    kind: 'PROFILE',
    owner: 'volunteers',
    path: 'Volunteer.profile.idNumber',
    what: 'resident ID number',
    adult: MASKED_RECORD,
    minor: null,
  },
  phone: {
    kind: 'CONTACT',
    owner: 'volunteers',
    path: 'Volunteer.profile.phone',
    what: 'mobile number',
    adult: MASKED_RECORD,
    minor: null,
  },
  guardianPhone: {
    kind: 'CONTACT',
    owner: 'volunteers',
    path: 'Volunteer.profile.guardian.phone',
    what: "guardian's mobile (under 14, or a 14-17-year-old's when given)",
    adult: MASKED_RECORD,
    minor: null,
    minorOnly: true,
  },
  organizerContact: {
    kind: 'CONTACT',
    organizersByConsent: true,
    owner: 'volunteers',
    path: 'Volunteer.organizerContact { realName phone }',
    what:
      'real name and mobile for admins of organizations the volunteer signed up with, by a consent to ORGANIZERS ' +
      'covering CONTACT',
    adult: cells({ self: 'full', projectOrgAdmin: 'full' }),
    minor: null,
  },
  serviceProof: {
    kind: null,
    owner: 'volunteers',
    path: 'Volunteer.serviceProof',
    what: 'proof of service, training included (issued to the volunteer; anyone verifies it by code)',
    adult: cells({ self: 'full' }),
    minor: null,
  },
  trainingRecords: {
    kind: 'SERVICE_RECORDS',
    owner: 'volunteers',
    path: 'Volunteer.trainingRecords, Volunteer.trainingHours',
    what: 'training courses completed (course, content, study hours, organizer, date): part of the service record',
    adult: SERVICE_RECORDS,
    minor: null,
  },
  confirmedHours: {
    kind: null,
    owner: 'projects',
    path: 'Volunteer.confirmedHours (and starLevel, points, badges, card)',
    what: 'confirmed hours and the growth figures from them (shown beside the public name only)',
    adult: PUBLIC,
    minor: null,
  },
  serviceRecords: {
    kind: 'SERVICE_RECORDS',
    owner: 'projects',
    path: 'Volunteer.serviceRecords, Volunteer.serviceSummary.lines, Query.myServiceRecords',
    what: 'service records (what, where, when, hours)',
    adult: SERVICE_RECORDS,
    minor: null,
  },
  signups: {
    kind: 'ACTIVITY',
    owner: 'projects',
    path: 'Volunteer.signups, Query.mySignups',
    what: 'sign-ups',
    adult: OWN_ACTIVITY,
    minor: null,
  },
  calendar: {
    kind: 'ACTIVITY',
    owner: 'projects',
    path: 'Volunteer.calendar, Query.myCalendar',
    what: 'shifts by day',
    adult: OWN_ACTIVITY,
    minor: null,
  },
  notifications: {
    kind: 'ACTIVITY',
    owner: 'notifications',
    path: 'Query.myNotifications',
    what: 'the inbox: what the person was told (sign-ups, shifts, hours, teams, families, bookings)',
    adult: OWN_ACTIVITY,
    minor: null,
  },
  calendarFeedToken: {
    kind: 'ACTIVITY',
    owner: 'projects',
    path: 'Query.myCalendarFeedToken',
    what: "the secret of the calendar feed URL (whoever holds it reads the person's shifts)",
    adult: OWN_ACTIVITY,
    minor: null,
  },
  shiftRoster: {
    kind: null,
    owner: 'projects',
    path: 'Shift.signups',
    what: 'the person on the roster of a shift they signed up for',
    adult: cells({ projectOrgAdmin: 'full' }),
    minor: null,
  },
  projectContactPhone: {
    kind: null,
    owner: 'projects',
    path: 'Project.contactPhone',
    what: "project contact person's mobile (self = a volunteer signed up on it; home district = the project's)",
    adult: cells({ self: 'full', projectOrgAdmin: 'full', homeDistrictAdmin: 'full', cityAdmin: 'full' }, 'masked'),
    minor: null,
  },
  majorEventApplications: {
    kind: null,
    owner: 'majorevents',
    path:
      'Volunteer.majorEventApplications, Query.myMajorEventApplications, MajorEvent.applications ' +
      '{ skills languages availability status reason }',
    what:
      "applications to major events' roles with their form (skills, languages, availability) and the decision " +
      "(project org admin = an admin of the event's hosting organization; city admins organize every event)",
    adult: cells({ self: 'full', projectOrgAdmin: 'full', cityAdmin: 'full' }),
    minor: null,
  },
  majorEventDeployments: {
    kind: null,
    owner: 'majorevents',
    path: 'Volunteer.majorEventDeployments, MajorEventShift.deployments, MajorEventTrainingSession.attendees',
    what: "deployments into major events' shifts with the hours recorded, and training attended (the same readers)",
    adult: cells({ self: 'full', projectOrgAdmin: 'full', cityAdmin: 'full' }),
    minor: null,
  },
  piduAccount: {
    kind: null,
    owner: 'pidu',
    path: 'Volunteer.pidu (balance, ledger, family)',
    what: 'Pidu time-bank account and ledger',
    adult: DISTRICT_ACCOUNT,
    minor: null,
  },
  xinjinAccount: {
    kind: null,
    owner: 'xinjin',
    path: 'Volunteer.xinjin (points, redemptions)',
    what: 'Xinjin points-mall account',
    adult: DISTRICT_ACCOUNT,
    minor: null,
  },
  longquanyiAccount: {
    kind: null,
    owner: 'longquanyi',
    path: 'Volunteer.longquanyi, Query.longquanyi.myAccount (stars, points, banked hours, call-ins, no-shows)',
    what: "standing in Longquanyi's star scheme: hours, points, stars, call-ins and no-shows",
    adult: DISTRICT_ACCOUNT,
    minor: null,
  },
  chenghuaFamily: {
    kind: null,
    owner: 'chenghua',
    path: 'Query.chenghua.myFamily (name, members, combined hours)',
    what: "the person's Chenghua volunteer family: who is in it and their combined hours (its members only)",
    adult: cells({ self: 'full' }),
    minor: null,
  },
  wuhouHonor: {
    kind: null,
    owner: 'wuhou',
    path: 'Volunteer.wuhou',
    what: 'Wuhou honor hours and completed needs (public figures)',
    adult: PUBLIC,
    minor: null,
  },
  wuhouNeedContact: {
    kind: null,
    owner: 'wuhou',
    path: 'WuhouNeed.contact',
    what: "a resident's phone and door on a need they posted (also the volunteer who took it)",
    adult: cells({ self: 'full' }),
    minor: null,
  },
  jinniuStandby: {
    kind: null,
    owner: 'jinniu',
    path: 'Query.jinniu.myStandby, Query.jinniu.myOffers, JinniuAlert.myOffer',
    what: "membership of Jinniu's standby pool: skills, weekly availability, alerts offered and answers",
    adult: cells({ self: 'full' }),
    minor: null,
  },
  shuangliuShifts: {
    kind: null,
    owner: 'shuangliu',
    path: 'Query.shuangliu.myShifts, ShuangliuSlot.myShift',
    what: "the person's slots at Shuangliu's hub posts, with check-in and check-out times (no position is kept)",
    adult: cells({ self: 'full' }),
    minor: null,
  },
  shuangliuHours: {
    kind: null,
    owner: 'shuangliu',
    path: 'Volunteer.shuangliu',
    what: "hours and shifts served at Shuangliu's hub posts (public figures, like confirmed hours)",
    adult: PUBLIC,
    minor: null,
  },
} as const satisfies Record<string, PersonalField>;

export type PersonalFieldKey = keyof typeof VISIBILITY;

/**
 * Personal data the table leaves out, and why, so a reader knows they were looked at: Qionglai holds none (it
 * counts volunteers per village, never names them); Jinniu's alerts and Shuangliu's posts, rotas and hub figures
 * are counts, never names (who stands by or holds a slot is in the rows above);
 * organizations' team memberships (TeamMember.note) are the team's leaders' and organization's business and
 * follow the team rule, not a volunteer-record rule.
 */
export const NOT_IN_TABLE = [
  'qionglai: no personal field (its figures are counts)',
  "jinniu JinniuAlert figures, shuangliu posts, rotas and hub figures: counts only, nobody's name or shift",
  "organizations TeamMember: the team's leaders, the running organization's admins and its district's admins",
  'volunteers consent records (myConsents): the volunteer and the confirmed guardian of a volunteer under 18 only',
] as const;

/** What `role` gets of `field` about a subject who is (or is not) a minor. */
export function visibilityOf(field: PersonalFieldKey, role: CallerRole, minor = false): Visibility {
  const row: PersonalField = VISIBILITY[field];
  return ((minor && row.minor) || row.adult)[role];
}

/** The partner scope that lets a partner app read its linked citizen's data (with the citizen's consent). */
export const PARTNER_READ_SCOPE = 'volunteer:read';

/** What a subgraph knows of how a caller relates to the subject; what it cannot tell it leaves out (false). */
export interface Relation {
  /** The subject's account; null when unknown (then no caller is `self`). */
  subjectAccountId: string | null;
  /** The caller verifiably administers the subject's home district (a listed admin, or a city admin). */
  administersHome: boolean;
  /** The caller verifiably administers an organization the subject signed up with. */
  organizesSubject?: boolean;
  /** The subject's consents in force (kit/city/consent.ts); absent or empty: no app holds one. */
  consents?: readonly ConsentInForce[];
}

/**
 * The table's column for a caller reading `field`, from what the owning subgraph verified about them. A partner
 * app is `partnerWithConsent` only for a field whose kind its consent covers, so the column depends on the field.
 */
export function callerRole(caller: Caller, r: Relation, field: PersonalFieldKey): CallerRole {
  const own = r.subjectAccountId != null && caller.kind !== 'anonymous' && caller.accountId === r.subjectAccountId;
  switch (caller.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'volunteer':
      return own ? 'self' : 'otherVolunteer';
    case 'orgAdmin':
      return r.organizesSubject && organizersMay(r, field) ? 'projectOrgAdmin' : 'otherOrgAdmin';
    case 'districtAdmin':
      return r.administersHome ? 'homeDistrictAdmin' : 'otherDistrictAdmin';
    case 'cityAdmin':
      return 'cityAdmin';
    case 'statisticsViewer':
      return 'statisticsViewer';
    case 'partner':
      return own && caller.scopes.includes(PARTNER_READ_SCOPE) && consentCovers(r, caller.appId, field)
        ? 'partnerWithConsent'
        : 'partnerWithoutConsent';
  }
}

/** True unless the field reaches organizers only by consent and the subject's consent to ORGANIZERS lacks its kind. */
function organizersMay(r: Relation, field: PersonalFieldKey): boolean {
  const row: PersonalField = VISIBILITY[field];
  if (!row.organizersByConsent) return true;
  return (
    row.kind != null && (r.consents ?? []).some((c) => c.recipient === 'ORGANIZERS' && c.kinds.includes(row.kind!))
  );
}

/** True when the subject's consent to app `appId` covers the kind of data `field` is. */
function consentCovers(r: Relation, appId: string, field: PersonalFieldKey): boolean {
  const kind: DataKind | null = VISIBILITY[field].kind;
  return kind != null && appMayRead(r.consents, appId, kind);
}

/** True when `role` gets anything of `field` beyond nothing. */
export const sees = (field: PersonalFieldKey, role: CallerRole, minor = false): boolean =>
  visibilityOf(field, role, minor) !== 'none';
