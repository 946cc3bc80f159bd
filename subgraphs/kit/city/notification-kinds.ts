import { z } from 'zod';
import { isUuid } from '../runtime/ids';

/**
 * What a person is told, as one typed catalogue (issue 16.3). Any subgraph where something happens that a person
 * would expect to hear about emits `notification.requested` (kit/runtime/event-catalogue.ts) with one of these kinds
 * and its parameters, in the transaction of the change; the notifications subgraph keeps the inbox, writes the
 * Chinese text from the kind and parameters, and hands it to its delivery channels. Parameters carry what the text
 * and the link need, never an ID or phone number.
 */
const id = z.string().refine(isUuid, 'not a UUID');
const title = z.string().min(1).max(120);
const instant = z.string().datetime({ offset: true });
const reason = z.string().max(500).nullable().default(null);

/** Who reads it: one volunteer, or every admin of an organization at the time it arrives. */
export const NOTIFICATION_RECIPIENT = z.union([
  z.object({ volunteerId: id }).strict(),
  z.object({ organizationId: id }).strict(),
]);

const shift = { projectId: id, projectTitle: title, shiftId: id, shiftStartsAt: instant };

export const NOTIFICATION_KINDS = {
  // To volunteers: their places.
  SIGNUP_CONFIRMED: z.object({ ...shift }),
  WAITLIST_PROMOTED: z.object({ ...shift }),
  SHIFT_CHANGED: z.object({ ...shift, shiftEndsAt: instant, previousStartsAt: instant }),
  SHIFT_CANCELLED: z.object({ ...shift, reason }),
  PROJECT_CANCELLED: z.object({ projectId: id, projectTitle: title, reason }),
  REMOVED_FROM_SHIFT: z.object({ ...shift, reason }),
  MARKED_NO_SHOW: z.object({ ...shift }),
  // `waitlisted`: the app's sign-up took a waitlist place (a default, so requests sent without it still read).
  SIGNED_UP_VIA_APP: z.object({
    ...shift,
    appName: z.string().min(1).max(80),
    waitlisted: z.boolean().default(false),
  }),
  CANCELLED_VIA_APP: z.object({ ...shift, appName: z.string().min(1).max(80) }),
  SHIFT_REMINDER: z.object({ ...shift, hoursBefore: z.union([z.literal(24), z.literal(2)]) }),
  // To volunteers: their hours.
  HOURS_CONFIRMED: z.object({ projectId: id, projectTitle: title, recordId: id, hours: z.number().nonnegative() }),
  HOURS_REJECTED: z.object({ projectId: id, projectTitle: title, recordId: id, reason }),
  CORRECTION_ANSWERED: z.object({
    projectId: id,
    projectTitle: title,
    recordId: id,
    accepted: z.boolean(),
    hours: z.number().nonnegative(),
    response: reason,
  }),
  // To volunteers: teams, families, bookings.
  TEAM_DECISION: z.object({ teamId: id, teamName: title, approved: z.boolean() }),
  FAMILY_REQUEST: z.object({ familyId: id, district: z.string().max(32) }),
  BOOKING_REQUEST: z.object({ bookingId: id, serviceTitle: title, district: z.string().max(32) }),
  // To organization admins.
  ORGANIZATION_VERIFIED: z.object({ organizationId: id, organizationName: title }),
  ORGANIZATION_SUSPENDED: z.object({ organizationId: id, organizationName: title, reason }),
  CORRECTION_REQUESTED: z.object({ projectId: id, projectTitle: title, recordId: id }),
  CONFIRM_DEADLINE_REMINDER: z.object({
    organizationId: id,
    records: z.number().int().positive(),
    earliestConfirmBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

/**
 * The payload of `notification.requested`: one kind with its parameters, for one recipient. `dedupeKey` makes a
 * repeat (a retried job, a replayed change) land once in the inbox: the same key for the same recipient is one entry.
 */
export const NOTIFICATION_REQUEST = z.discriminatedUnion(
  'kind',
  NOTIFICATION_KIND_NAMES.map((kind) =>
    z.object({
      kind: z.literal(kind),
      recipient: NOTIFICATION_RECIPIENT,
      params: NOTIFICATION_KINDS[kind],
      dedupeKey: z.string().min(1).max(200),
    }),
  ) as unknown as [z.ZodObject<z.ZodRawShape>, ...z.ZodObject<z.ZodRawShape>[]],
) as unknown as z.ZodType<NotificationRequested, NotificationRequest>;

export type NotificationRequest = {
  [K in NotificationKind]: {
    kind: K;
    recipient: z.input<typeof NOTIFICATION_RECIPIENT>;
    params: z.input<(typeof NOTIFICATION_KINDS)[K]>;
    dedupeKey: string;
  };
}[NotificationKind];

/** The payload as the notifications subgraph reads it (defaults filled in). */
export type NotificationRequested = {
  [K in NotificationKind]: {
    kind: K;
    recipient: z.output<typeof NOTIFICATION_RECIPIENT>;
    params: z.output<(typeof NOTIFICATION_KINDS)[K]>;
    dedupeKey: string;
  };
}[NotificationKind];
