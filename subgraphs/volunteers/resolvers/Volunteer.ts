import { forbidden, unauthenticated } from '../../kit/runtime/errors';
import { maskIdNumber, maskMobile } from '../../kit/city/mask';
import { iso } from '../../kit/runtime/timestamps';
import { obtainProof } from '../data/service-proof.repository';
import { badges, hoursToNextStar, points, starLevel } from '../rules/growth';
import { sumStudyHours } from '../rules/training';
import type { ConsentInForce } from '../../kit/city/consent';
import {
  contactAccess,
  isSelf,
  personalDataAccess,
  publicIdentity,
  publicName,
  seesOrganizerContact,
  seesTrainingRecords,
  type PersonalDataAccess,
} from '../rules/visibility';
import type { VolunteerMapper } from './mappers';
import type { Context, VolunteerResolvers } from './types.generated';

/** The volunteer's consents in force; looked up only for partner apps and organizers, the callers they decide for. */
export const consentsInForce = async (v: { id: string }, ctx: Context): Promise<ConsentInForce[]> =>
  ctx.caller.kind !== 'partner' && ctx.caller.kind !== 'orgAdmin'
    ? []
    : (await ctx.loaders.consents.load(v.id))
        .filter((c) => c.status === 'ACTIVE')
        .map(({ recipient, appId, purposes, kinds }) => ({ recipient, appId, purposes, kinds }));

/** The caller's access to this volunteer's personal data; the district's admin list is read once per request. */
const accessOf = async (v: VolunteerMapper, ctx: Context): Promise<PersonalDataAccess> =>
  personalDataAccess(
    ctx.caller,
    v,
    await ctx.loaders.administersDistrict(v.districtCode),
    await consentsInForce(v, ctx),
  );

/** A mobile number as `access` lets it be seen: whole, masked, or hidden (all stars) when contact is not shared. */
const shownMobile = (phone: string, access: PersonalDataAccess) =>
  access === 'FULL' ? phone : access === 'MASKED' ? maskMobile(phone) : '*'.repeat(phone.length);
/** Name, district and registration time as this caller may see them (rules/visibility.ts). */
const identityFor = async (v: VolunteerMapper, ctx: Context) => publicIdentity(v, await accessOf(v, ctx), new Date());

/** The live training records, for a caller the `trainingRecords` row lets read them (logged for admins); else null. */
const trainingOf = async (v: VolunteerMapper, ctx: Context) => {
  const administers = await ctx.loaders.administersDistrict(v.districtCode);
  if (!seesTrainingRecords(ctx.caller, v, administers, await consentsInForce(v, ctx))) return null;
  ctx.access.record(v.id, 'trainingRecords');
  return ctx.loaders.trainingRecords.load(v.id);
};

const summaryOf = (v: VolunteerMapper) =>
  v.serviceSummary ?? { confirmedHours: v.confirmedHours ?? 0, projectCount: 0, organizationCount: 0 };

export const Volunteer: VolunteerResolvers = {
  // Fields this subgraph @requires arrive in the representation; keep them next to the row.
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.volunteer.load(ref.id);
    if (!row) return null;
    return {
      ...row,
      confirmedHours: 'confirmedHours' in ref ? ref.confirmedHours : undefined,
      serviceSummary: 'serviceSummary' in ref ? ref.serviceSummary : undefined,
    };
  },
  displayName: (v) => publicName(v, new Date()),
  district: async (v, _, ctx) => {
    const { districtCode } = await identityFor(v, ctx);
    // Beyond the public form only for readers of the record (a minor's district is not public at all).
    if ((await accessOf(v, ctx)) !== 'NONE') ctx.access.record(v.id, 'homeDistrict');
    return districtCode ? { code: districtCode } : null;
  },
  memberSince: async (v, _, ctx) => {
    // The exact time (not the month) only for readers of the record.
    if ((await accessOf(v, ctx)) !== 'NONE') ctx.access.record(v.id, 'registeredAt');
    return (await identityFor(v, ctx)).memberSince;
  },
  starLevel: (v) => starLevel(v.confirmedHours ?? 0),
  hoursToNextStar: (v) => hoursToNextStar(v.confirmedHours ?? 0),
  points: (v) => points(v.confirmedHours ?? 0),
  badges: (v) => badges(summaryOf(v)),
  card: async (v, _, ctx) => {
    // Every registration is given a card code; only a row older than the card column could lack one.
    if (!v.cardCode) throw new Error(`volunteer ${v.id} has no card code`);
    const summary = summaryOf(v);
    const identity = await identityFor(v, ctx);
    return {
      verificationCode: v.cardCode,
      displayName: identity.name,
      starLevel: starLevel(summary.confirmedHours),
      confirmedHours: summary.confirmedHours,
      badges: badges(summary),
      memberSince: identity.memberSince,
    };
  },
  profile: async (v, _, ctx) => {
    const access = await accessOf(v, ctx);
    const { realName, sex, birthDate, idNumber, phone } = v;
    // A row registered before the basic record existed has none to show.
    if (access === 'NONE' || !realName || !sex || !birthDate || !idNumber || !phone) return null;
    const full = access === 'FULL';
    const contact = contactAccess(
      ctx.caller,
      v,
      await ctx.loaders.administersDistrict(v.districtCode),
      await consentsInForce(v, ctx),
    );
    // The access log (kit/runtime/access-log.ts) keeps it when the reader is an admin or a partner app; mobiles only
    // when served (an app whose consent leaves out CONTACT gets them all stars).
    ctx.access.record(
      v.id,
      'realName',
      'basicRecord',
      'idNumber',
      ...(contact === 'NONE' ? [] : ['phone' as const, ...(v.guardianPhone ? ['guardianPhone' as const] : [])]),
    );
    return {
      realName,
      sex,
      birthDate,
      idNumber: full ? idNumber : maskIdNumber(idNumber),
      phone: shownMobile(phone, contact),
      skills: v.skills,
      serviceCategories: v.serviceCategories,
      unmasked: full,
      consentedAt: iso(v.consentedAt ?? v.createdAt),
      // The deprecated switch is answered from the consents, only when asked for (VolunteerProfile.ts).
      volunteerId: v.id,
      guardian:
        v.guardianName && v.guardianRelation && v.guardianPhone
          ? {
              name: v.guardianName,
              relation: v.guardianRelation,
              phone: shownMobile(v.guardianPhone, contact),
              consentedAt: iso(v.guardianConsentedAt ?? v.createdAt),
            }
          : null,
    };
  },
  organizerContact: async (v, _, ctx) => {
    const { caller } = ctx;
    const organizes =
      caller.kind === 'orgAdmin' &&
      v.organizationIds.includes(caller.organizationId) &&
      (await ctx.loaders.administersOrganization(caller.organizationId));
    if (!v.realName || !v.phone) return null;
    return seesOrganizerContact(caller, v, organizes, await consentsInForce(v, ctx))
      ? { realName: v.realName, phone: v.phone }
      : null;
  },
  serviceProof: async (v, _, ctx) => {
    if (ctx.caller.kind === 'anonymous') throw unauthenticated('Sign in to obtain your proof of service.');
    if (!isSelf(ctx.caller, v)) throw forbidden('Only the volunteer can obtain their own proof of service.');
    const trainings = (await ctx.loaders.trainingRecords.load(v.id)).map((r) => ({
      courseCode: r.courseCode,
      courseName: r.courseName,
      content: r.courseContent,
      studyHours: r.studyHours,
      organizer: r.organizer,
      completedOn: r.completedOn,
    }));
    return obtainProof(ctx.db, v.id, publicName(v, new Date()), v.serviceSummary!, trainings);
  },
  trainingRecords: (v, _, ctx) => trainingOf(v, ctx),
  trainingHours: async (v, _, ctx) => {
    const records = await trainingOf(v, ctx);
    return records && sumStudyHours(records);
  },
};
