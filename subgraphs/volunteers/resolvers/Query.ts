import { accountOf } from '../../kit/runtime/caller';
import { isCalendarDay } from '../../kit/city/days';
import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { badInput, forbidden, unauthenticated } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { subjectId } from '../actions/consents';
import { myAppGrants } from '../actions/app-grants';
import { wardsOf } from '../data/consent.repository';
import { proofByCode } from '../data/service-proof.repository';
import { allCourses } from '../data/training.repository';
import { isCourseCode } from '../../kit/city/course-codes';
import { correctionsOf, pendingCorrections } from '../data/correction.repository';
import { notRegistered, personAccount } from '../actions/rights';
import { activeAppsForOrigin, listPartnerApps, partnerAppById } from '../data/partner-app.repository';
import { documentOfApp } from '../data/partner-app-document.repository';
import { deliveryLog, requireCityAdmin } from '../actions/partner-apps';
import { listVolunteers, type VolunteerListFilter } from '../data/volunteer.repository';
import { cardCheck } from '../rules/card';
import { normalizeCode } from '../rules/codes';
import { MAX_STARS } from '../rules/growth';
import { consentActor } from '../rules/consent';
import { requireDistrict } from '../rules/record';
import type { Context, QueryResolvers, VolunteerFilter } from './types.generated';

function requireDay(value: string, field: string): string {
  if (!isCalendarDay(value)) throw badInput(`${field} must be a day written YYYY-MM-DD.`, field);
  return value;
}

/** Validates the filter and confines it to what the caller administers: their district, or the whole city. */
async function adminFilter(ctx: Context, f: VolunteerFilter): Promise<VolunteerListFilter> {
  const { caller } = ctx;
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a district or city admin to list volunteers.');
  if (caller.kind !== 'districtAdmin' && caller.kind !== 'cityAdmin')
    throw forbidden('Only district and city admins list volunteers.');
  const district = f.district == null ? undefined : requireDistrict(f.district, 'filter.district');
  if (caller.kind === 'districtAdmin' && district !== undefined && district !== caller.district) {
    throw forbidden('District admins list only the volunteers of their own district.');
  }
  if (caller.kind === 'districtAdmin' && !(await ctx.loaders.administersDistrict(caller.district))) {
    throw forbidden(
      `Your account is not (or no longer) an admin of district ${caller.district}; ask a city admin to add you.`,
    );
  }
  if (f.starLevel != null && (!Number.isInteger(f.starLevel) || f.starLevel < 0 || f.starLevel > MAX_STARS)) {
    throw badInput(`filter.starLevel must be 0 to ${MAX_STARS}.`, 'filter.starLevel');
  }
  return {
    district: caller.kind === 'districtAdmin' ? caller.district : district,
    skill: f.skill?.trim() || undefined,
    starLevel: f.starLevel ?? undefined,
    registeredFrom: f.registeredFrom == null ? undefined : requireDay(f.registeredFrom, 'filter.registeredFrom'),
    registeredTo: f.registeredTo == null ? undefined : requireDay(f.registeredTo, 'filter.registeredTo'),
  };
}

export const Query: QueryResolvers = {
  myConsents: async (_, args, ctx) => {
    if (ctx.caller.kind === 'anonymous') throw unauthenticated('Sign in to see your consents.');
    const id = await subjectId(ctx.db, ctx.caller, args.volunteerId);
    const v = id ? await ctx.loaders.volunteer.load(id) : null;
    if (!v) throw forbidden('Only the volunteer or their guardian, signed in, sees these consents.');
    // Reading follows who may change them, except that a child under 14 may read their own.
    if (!(ctx.caller.kind === 'volunteer' && ctx.caller.accountId === v.accountId))
      consentActor(ctx.caller, v, new Date());
    return (await ctx.loaders.consents.load(v.id)).slice(0, pageSize(args.first));
  },
  myWards: (_, __, ctx) => (ctx.caller.kind === 'volunteer' ? wardsOf(ctx.db, ctx.caller.accountId) : []),
  me: (_, __, ctx) => {
    const account = accountOf(ctx.caller);
    return account ? ctx.loaders.volunteerByAccount.load(account) : null;
  },
  volunteer: (_, args, ctx) => ctx.loaders.volunteer.load(requireUuid(args.id, 'id')),
  volunteers: async (_, args, ctx) => {
    const filter = await adminFilter(ctx, args.filter ?? {});
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['timestamp', 'uuid']);
    const after = cursor ? { createdAt: cursor[0], id: cursor[1] } : null;
    const { rows, total } = await listVolunteers(ctx.db, filter, size, after);
    return { ...toConnection(rows, size, (v) => [v.createdAt.toISOString(), v.id]), totalCount: total };
  },
  verifyVolunteerCard: async (_, args, ctx) =>
    cardCheck(await ctx.loaders.volunteerByCardCode.load(normalizeCode(args.code)), new Date()),
  verifyServiceProof: (_, args, ctx) => proofByCode(ctx.db, normalizeCode(args.code)),
  myPersonalData: async (_, __, ctx) => ({ volunteerId: (await me(ctx, 'download your data')).id }),
  myAccessLog: async (_, __, ctx) => ({ volunteerId: (await me(ctx, 'see who read your data')).id }),
  myRecordCorrections: async (_, __, ctx) => correctionsOf(ctx.db, [(await me(ctx, 'see your corrections')).id]),
  pendingRecordCorrections: async (_, args, ctx) => {
    const { caller } = ctx;
    if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a district or city admin.');
    if (caller.kind !== 'districtAdmin' && caller.kind !== 'cityAdmin')
      throw forbidden('Only district and city admins decide corrections.');
    if (caller.kind === 'districtAdmin' && !(await ctx.loaders.administersDistrict(caller.district)))
      throw forbidden(`Your account is not (or no longer) an admin of district ${caller.district}.`);
    return pendingCorrections(ctx.db, caller.kind === 'districtAdmin' ? caller.district : null, pageSize(args.first));
  },
  partnerApps: (_, __, ctx) => {
    requireCityAdmin(ctx.caller);
    return listPartnerApps(ctx.db);
  },
  // @inaccessible: the gateway's API schema has no such field, so only the gateway itself (its OAuth server, with a
  // signed identity) can ask; no client request can reach it.
  partnerAppClient: (_, args, ctx) => partnerAppById(ctx.db, args.clientId),
  myAppGrants: (_, __, ctx) => myAppGrants(ctx.db, ctx.caller),
  // @inaccessible too: the gateway's trusted-documents check and its CORS answer.
  partnerAppDocument: (_, args, ctx) =>
    /^[0-9a-f]{64}$/.test(args.hash) ? documentOfApp(ctx.db, args.clientId, args.hash) : null,
  partnerAppsForOrigin: (_, args, ctx) => activeAppsForOrigin(ctx.db, args.origin),
  partnerAppWebhookDeliveries: (_, args, ctx) => deliveryLog(ctx.db, ctx.caller, args.clientId, args.first ?? 50),
  trainingCourses: (_, __, ctx) => allCourses(ctx.db),
  trainingCourse: (_, args, ctx) => (isCourseCode(args.code) ? ctx.loaders.course.load(args.code) : null),
};

/** The volunteer signed in, in person, with an active registration. */
async function me(ctx: Context, action: string) {
  const v = await ctx.loaders.volunteerByAccount.load(personAccount(ctx.caller, action));
  if (!v) throw notRegistered();
  return v;
}
