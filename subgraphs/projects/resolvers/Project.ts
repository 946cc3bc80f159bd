import { pageSize } from '../../kit/runtime/connection';
import { freePlaces } from '../data/shift.repository';
import { findCategory, findSubcategory } from '../data/taxonomy';
import { canSeeProject, isOrganizationAdmin, maskPhone, seesContactPhone } from '../rules/access';
import { iso } from './context';
import type { ProjectResolvers } from './types.generated';

const num = (v: string | null) => (v == null ? null : Number(v));

export const Project: ProjectResolvers = {
  __resolveReference: async (ref, ctx) => {
    const p = await ctx.loaders.project.load(ref.id);
    return p && (await canSeeProject(ctx, p)) ? p : null;
  },
  organization: (p) => ({ id: p.organizationId }),
  district: (p) => ({ code: p.districtCode }),
  category: (p) => findCategory(p.categoryCode),
  subcategory: (p) => findSubcategory(p.subcategoryCode),
  latitude: (p) => num(p.latitude),
  longitude: (p) => num(p.longitude),
  contactPhone: async (p, _, ctx) => ((await seesContactPhone(ctx, p)) ? p.contactPhone : maskPhone(p.contactPhone)),
  requirements: (p) => ({ minimumAge: p.minAge, skills: p.requiredSkills }),
  // The volunteers subgraph resolves the course: a page of projects costs it one statement.
  requiredCourse: (p) => (p.requiredCourseCode ? { code: p.requiredCourseCode } : null),
  insurance: async (p, _, ctx) =>
    // Insurance is given whole (InsuranceInput) or not at all.
    p.insurer &&
    p.insurancePolicyNo &&
    p.insuranceCoversFrom &&
    p.insuranceCoversUntil &&
    (await isOrganizationAdmin(ctx, p.organizationId))
      ? {
          insurer: p.insurer,
          policyNumber: p.insurancePolicyNo,
          coversFrom: p.insuranceCoversFrom,
          coversUntil: p.insuranceCoversUntil,
        }
      : null,
  insuranceProgram: (p, _, ctx) => (p.insuranceProgramId ? ctx.loaders.program.load(p.insuranceProgramId) : null),
  campaign: (p, _, ctx) => (p.campaignCode ? ctx.loaders.campaign.load(p.campaignCode) : null),
  publishedAt: (p) => iso(p.publishedAt),
  shifts: (p, _, ctx) => ctx.loaders.shiftsOfProject.load(p.id),
  freePlaces: async (p, _, ctx) =>
    p.status === 'PUBLISHED' ? freePlaces(await ctx.loaders.shiftsOfProject.load(p.id)) : 0,
  need: (p) => (p.needId ? { id: p.needId } : null),
  coverImageUrl: async (p, _, ctx) => p.coverImageUrl ?? (await ctx.loaders.coverPhoto.load(p.id))[0]?.imageUrl ?? null,
  photos: async (p, args, ctx) =>
    ctx.loaders.photos([pageSize(args.first), await isOrganizationAdmin(ctx, p.organizationId)]).load(p.id),
};
