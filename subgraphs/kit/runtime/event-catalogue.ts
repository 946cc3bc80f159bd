import { z } from 'zod';
import { CONSENT_PURPOSES, CONSENT_RECIPIENTS, DATA_KINDS, isAppId } from '../city/consent';
import { isCalendarDay } from '../city/days';
import { isDistrictCode } from '../city/districts';
import { defineCatalogue, type PayloadOf } from './events';
import { isUuid } from './ids';
import { NOTIFICATION_REQUEST } from '../city/notification-kinds';

/**
 * Every event the subgraphs tell each other, with its payload. Producers write through `emit`, which refuses a
 * payload that does not match before it reaches the outbox (the producer's transaction fails); consumers declare
 * handlers with `on` and get the payload as read here (the inbox drops, logs and acknowledges one that does not
 * match). Payloads carry what consumers need and no more: never an ID or phone number. A field consumers can do
 * without has a default, so an event from a producer that did not send it yet still reads.
 */
const id = z.string().refine(isUuid, 'not a UUID');
const district = z.string().refine(isDistrictCode, 'not one of the 23 district codes');
const day = z.string().refine(isCalendarDay, 'not a YYYY-MM-DD day');
/** Accounts are the identity provider's subjects, at most 64 characters wherever the city stores them. */
const account = z.string().min(1).max(64);
const hours = z.number().finite().nonnegative();
/** A whole admin list; `version` grows with every change, so a late or replayed announcement never wins. */
const adminList = { accountIds: z.array(account), version: z.number().int().nonnegative() };

/**
 * `volunteer.hours`: a volunteer's confirmed-hours total as the projects subgraph announces it. `version` grows by
 * one with every total announced for that volunteer, in the order the totals were summed, so a consumer keeps the
 * total with the highest version it has seen and delivery order does not matter.
 */
const volunteerHours = z.object({
  volunteerId: id,
  confirmedHours: hours,
  version: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});

export const EVENT_CATALOGUE = {
  /** volunteers → organizations, projects, districts: a registration or an edit of it; what replicas keep. */
  'volunteer.profile': {
    schema: z.object({
      volunteerId: id,
      accountId: account,
      districtCode: district.nullable().default(null),
      birthDate: day.nullable().default(null),
      skills: z.array(z.string().max(40)).default([]),
      status: z.string().min(1).max(16),
      // Deprecated: the one global switch that once stood for every partner app. Consents are records per app now
      // (`volunteer.consents`); nothing reads this, and the volunteers subgraph no longer sends it.
      shareWithPartners: z.boolean().default(false),
    }),
  },
  /**
   * volunteers → projects (and any replica keeping consents): the whole set of a volunteer's consents in force, to
   * partner apps by app id or to ORGANIZERS, with purposes and kinds of data. `version` grows with every change, so
   * a late or replayed announcement never wins; an app missing from the set holds nothing (withdrawn, or pending a
   * guardian's agreement).
   */
  'volunteer.consents': {
    schema: z.object({
      volunteerId: id,
      version: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      consents: z
        .array(
          z.object({
            recipient: z.enum(CONSENT_RECIPIENTS),
            appId: z.string().refine(isAppId, 'not an app id').nullable(),
            purposes: z.array(z.enum(CONSENT_PURPOSES)),
            kinds: z.array(z.enum(DATA_KINDS)),
          }),
        )
        .max(100),
    }),
  },
  /**
   * projects → volunteers: the organizations running projects a volunteer holds a live sign-up on (the ORGANIZERS a
   * consent may name). `version` grows with every announcement for that volunteer; the newest set wins.
   */
  'volunteer.organizations': {
    schema: z.object({
      volunteerId: id,
      version: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      organizationIds: z.array(id).max(10000),
    }),
  },
  /**
   * volunteers → every subgraph holding a replica of the volunteer or data about them (projects, organizations, the
   * districts): the volunteer deregistered. Each consumer erases what it holds about the person in the same
   * transaction as its inbox row; what must be kept (service records, ledgers) stays keyed by the random volunteer id
   * alone. `accountId` is the account being unlinked, for consumers that key rows by account (team members).
   */
  /**
   * volunteers → projects: the digest of a volunteer's card code (kit/city/card-code.ts), so an organizer who scans
   * the card at a site checks the volunteer in; never the code itself. Sent at registration; a deregistration
   * (`volunteer.deregistered`) erases it.
   */
  'volunteer.card': {
    schema: z.object({ volunteerId: id, cardDigest: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest') }),
  },
  'volunteer.deregistered': { schema: z.object({ volunteerId: id, accountId: account }) },
  'volunteer.hours': {
    schema: volunteerHours,
    // Totals announced before versions existed carry none: version 0, older than any versioned total.
    legacy: [volunteerHours.extend({ version: z.null().optional() }).transform((p) => ({ ...p, version: 0 }))],
  },
  /**
   * projects → districts: record R of volunteer V now counts H confirmed hours. A correction sends the record again
   * with its new hours, so consumers apply the difference, keyed by `recordId`.
   */
  'service.confirmed': {
    schema: z.object({
      recordId: id,
      volunteerId: id,
      projectId: id,
      organizationId: id,
      districtCode: district,
      servedOn: day,
      hours,
    }),
  },
  /**
   * projects → districts: the organizer marked volunteer V absent from a confirmed place on a shift that ended on
   * `shiftDay`. Sent once per sign-up (the first mark stands), so consumers count sign-ups, keyed by `signupId`.
   */
  'signup.no-show': {
    schema: z.object({ signupId: id, volunteerId: id, projectId: id, districtCode: district, shiftDay: day }),
  },
  /**
   * chenghua → projects: whether Chenghua's admins mark project P as family-friendly (志愿家庭 sign up together on
   * it). `version` grows with every mark of that project, so a late or replayed mark never wins.
   */
  'project.family-friendly': {
    schema: z.object({ projectId: id, familyFriendly: z.boolean(), version: z.number().int().nonnegative() }),
  },
  /**
   * chenghua → projects: a family's guardian and its active members (guardian included; invited adults are not
   * members yet), whole, so projects can tell that a signed-in guardian acts for them. `version` grows with every
   * change of the family.
   */
  'family.members': {
    schema: z.object({
      familyId: id,
      guardianId: id,
      memberIds: z.array(id).min(1).max(8),
      version: z.number().int().nonnegative(),
    }),
  },
  /**
   * projects → volunteers: a volunteer's place changed: signed up with a confirmed place, cancelled (by them or
   * with their registration), promoted from the waitlist, or their project cancelled by its organizer. In the
   * transaction that changed it, so consumers see one volunteer's changes in the order they happened; the volunteers
   * subgraph turns them into webhooks to the partner apps the volunteer linked (issue 12.6).
   */
  'signup.changed': {
    schema: z.object({
      change: z.enum(['CONFIRMED', 'CANCELLED', 'PROMOTED', 'PROJECT_CANCELLED']),
      volunteerId: id,
      projectId: id,
      signupId: id.nullable().default(null),
    }),
  },
  /** organizations → projects: whether an organization may publish, and its name for keyword search. */
  'organization.standing': {
    schema: z.object({
      organizationId: id,
      name: z.string().min(1).max(120),
      districtCode: district,
      verified: z.boolean(),
      suspended: z.boolean(),
    }),
  },
  /** organizations → projects: a need an organization took on, to become its draft project. */
  'need.converted': {
    schema: z.object({
      needId: id,
      organizationId: id,
      districtCode: district,
      title: z.string().min(1).max(80),
      description: z.string().max(2000).nullable().default(null),
      categoryCode: z.string().max(32).nullable().default(null),
      startsOn: day,
      endsOn: day.nullable().default(null),
      volunteersNeeded: z.number().int().nonnegative().nullable().default(null),
      address: z.string().max(200).nullable().default(null),
    }),
  },
  /**
   * any subgraph → notifications: tell a volunteer, or an organization's admins, something (issue 16.3). The kinds
   * and their parameters are kit/city/notification-kinds.ts; the notifications subgraph keeps the inbox.
   */
  'notification.requested': { schema: NOTIFICATION_REQUEST },
  /**
   * volunteers → projects, majorevents: volunteer V holds a completed training course (a record added by hand or
   * from an event's training attendance), so sign-ups requiring that course accept them (issue 17.2). `removed`
   * when the record was withdrawn.
   */
  'training.recorded': {
    schema: z.object({
      volunteerId: id,
      courseCode: z.string().min(1).max(40),
      completedOn: day,
      removed: z.boolean().default(false),
    }),
  },
  /**
   * volunteers → projects: a training course of the catalogue, by its code and name, so a project can require it
   * (the code is checked against the courses announced) and a refused sign-up names it. Sent when it is created
   * or changed; the newest announcement of a code wins.
   */
  'training.course': {
    schema: z.object({ courseCode: z.string().min(1).max(40), name: z.string().min(1).max(60) }),
  },
  /**
   * majorevents → volunteers: volunteer V attended an event's training session that teaches a course; the
   * volunteers subgraph writes the training record (keyed by `attendanceId`, so a replay writes one).
   */
  'training.completed': {
    schema: z.object({
      attendanceId: id,
      volunteerId: id,
      courseCode: z.string().min(1).max(40),
      completedOn: day,
      studyHours: z.number().positive().max(100),
      organizer: z.string().min(1).max(120),
    }),
  },
  /**
   * majorevents → projects: volunteer V was deployed to an event's work on `servedOn`, so an insurance program
   * covering that event kind (or campaign) enrols them (issue 17.3). Keyed by `deploymentId`.
   */
  'event.deployed': {
    schema: z.object({
      deploymentId: id,
      volunteerId: id,
      eventId: id,
      eventName: z.string().min(1).max(120),
      campaignCode: z.string().max(40).nullable().default(null),
      servedOn: day,
    }),
  },
  /**
   * organizations → majorevents: a team's active members whose volunteer is known (leaders included), whole, so an
   * event's organizers can invite the team as a whole (issue 17.1). Sent after every change of who is an active
   * member; `version` grows with each, so a late or replayed list never wins.
   */
  'team.members': {
    schema: z.object({
      teamId: id,
      organizationId: id,
      memberIds: z.array(id).max(10000),
      version: z.number().int().nonnegative(),
    }),
  },
  /** organizations → every subgraph acting for an organization: its whole admin list. */
  'organization.admins': { schema: z.object({ organizationId: id, ...adminList }) },
  /** organizations → every subgraph acting on a district-admin claim: the district's whole admin list. */
  'district.admins': { schema: z.object({ district, ...adminList }) },
};

const catalogue = defineCatalogue(EVENT_CATALOGUE);

export type EventType = keyof typeof EVENT_CATALOGUE;
/** A payload as consumers get it. */
export type EventPayload<T extends EventType> = PayloadOf<typeof EVENT_CATALOGUE, T>;

/** Records a catalogued event in the producer's outbox, in the caller's transaction, after checking its payload. */
export const emit = catalogue.emit;
/** Declares a typed handler of a catalogued event, for a subgraph's `consumes`. */
export const on = catalogue.on;
