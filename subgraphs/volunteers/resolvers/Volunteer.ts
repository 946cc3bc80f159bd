import { forbidden, unauthenticated } from '../../kit/runtime/errors';
import { maskIdNumber, maskMobile } from '../../kit/city/mask';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';
import type { VolunteerEntity } from '../data/volunteer.entity';
import { obtainProof } from '../data/service-proof.repository';
import type { ServiceFiguresInput } from '../rules/proof';
import { badges, hoursToNextStar, points, starLevel } from '../rules/growth';
import { isSelf, personalDataAccess, publicIdentity, publicName, type PersonalDataAccess } from '../rules/visibility';

type Ctx = SubgraphContext<Loaders>;

/** A volunteer row, plus the fields the projects subgraph supplies when a field `@requires` them. */
type VolunteerParent = VolunteerEntity & { confirmedHours?: number; serviceSummary?: ServiceFiguresInput };

const iso = (d: Date | string) => new Date(d).toISOString();

/** The caller's access to this volunteer's personal data; the district's admin list is read once per request. */
const accessOf = async (v: VolunteerParent, ctx: Ctx): Promise<PersonalDataAccess> =>
  personalDataAccess(ctx.caller, v, await ctx.loaders.administersDistrict(v.districtCode));
/** Name, district and registration time as this caller may see them (rules/visibility.ts). */
const identityFor = async (v: VolunteerParent, ctx: Ctx) => publicIdentity(v, await accessOf(v, ctx), new Date());

const summaryOf = (v: VolunteerParent) =>
  v.serviceSummary ?? { confirmedHours: v.confirmedHours ?? 0, projectCount: 0, organizationCount: 0 };

export const Volunteer = {
  // Fields this subgraph @requires arrive in the representation; keep them next to the row.
  __resolveReference: async (
    ref: { id: string; confirmedHours?: number; serviceSummary?: ServiceFiguresInput },
    ctx: Ctx,
  ) => {
    const row = await ctx.loaders.volunteer.load(ref.id);
    return row && { ...row, confirmedHours: ref.confirmedHours, serviceSummary: ref.serviceSummary };
  },
  displayName: (v: VolunteerParent) => publicName(v, new Date()),
  district: async (v: VolunteerParent, _: unknown, ctx: Ctx) => {
    const { districtCode } = await identityFor(v, ctx);
    return districtCode && { code: districtCode };
  },
  memberSince: async (v: VolunteerParent, _: unknown, ctx: Ctx) => (await identityFor(v, ctx)).memberSince,
  starLevel: (v: VolunteerParent) => starLevel(v.confirmedHours ?? 0),
  hoursToNextStar: (v: VolunteerParent) => hoursToNextStar(v.confirmedHours ?? 0),
  points: (v: VolunteerParent) => points(v.confirmedHours ?? 0),
  badges: (v: VolunteerParent) => badges(summaryOf(v)),
  card: async (v: VolunteerParent, _: unknown, ctx: Ctx) => {
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
  profile: async (v: VolunteerParent, _: unknown, ctx: Ctx) => {
    const access = await accessOf(v, ctx);
    if (access === 'NONE' || !v.idNumber || !v.phone) return null;
    const full = access === 'FULL';
    return {
      realName: v.realName,
      sex: v.sex,
      birthDate: v.birthDate,
      idNumber: full ? v.idNumber : maskIdNumber(v.idNumber),
      phone: full ? v.phone : maskMobile(v.phone),
      skills: v.skills,
      serviceCategories: v.serviceCategories,
      unmasked: full,
      consentedAt: iso(v.consentedAt ?? v.createdAt),
      shareWithPartners: v.shareWithPartners,
      guardian:
        v.guardianName && v.guardianPhone
          ? {
              name: v.guardianName,
              relation: v.guardianRelation,
              phone: full ? v.guardianPhone : maskMobile(v.guardianPhone),
              consentedAt: iso(v.guardianConsentedAt ?? v.createdAt),
            }
          : null,
    };
  },
  serviceProof: (v: VolunteerParent, _: unknown, ctx: Ctx) => {
    if (ctx.caller.kind === 'anonymous') throw unauthenticated('Sign in to obtain your proof of service.');
    if (!isSelf(ctx.caller, v)) throw forbidden('Only the volunteer can obtain their own proof of service.');
    return obtainProof(ctx.db, v.id, publicName(v, new Date()), v.serviceSummary!);
  },
};
