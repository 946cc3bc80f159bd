import { pageSize } from '../../kit/runtime/connection';
import type { ProjectEntity } from '../data/project.entity';
import { freePlaces } from '../data/shift.repository';
import { findCategory, findSubcategory } from '../data/taxonomy';
import { canSeeProject, isOrganizationAdmin, maskPhone, seesContactPhone } from '../rules/access';
import { iso, type Ctx } from './context';

const num = (v: string | null) => (v == null ? null : Number(v));

export const Project = {
  __resolveReference: async (ref: { id: string }, ctx: Ctx) => {
    const p = await ctx.loaders.project.load(ref.id);
    return p && (await canSeeProject(ctx, p)) ? p : null;
  },
  organization: (p: ProjectEntity) => ({ id: p.organizationId }),
  district: (p: ProjectEntity) => ({ code: p.districtCode }),
  category: (p: ProjectEntity) => findCategory(p.categoryCode),
  subcategory: (p: ProjectEntity) => findSubcategory(p.subcategoryCode),
  latitude: (p: ProjectEntity) => num(p.latitude),
  longitude: (p: ProjectEntity) => num(p.longitude),
  contactPhone: async (p: ProjectEntity, _: unknown, ctx: Ctx) =>
    (await seesContactPhone(ctx, p)) ? p.contactPhone : maskPhone(p.contactPhone),
  requirements: (p: ProjectEntity) => ({ minimumAge: p.minAge, skills: p.requiredSkills }),
  insurance: async (p: ProjectEntity, _: unknown, ctx: Ctx) =>
    p.insurer && (await isOrganizationAdmin(ctx, p.organizationId))
      ? {
          insurer: p.insurer,
          policyNumber: p.insurancePolicyNo,
          coversFrom: p.insuranceCoversFrom,
          coversUntil: p.insuranceCoversUntil,
        }
      : null,
  publishedAt: (p: ProjectEntity) => iso(p.publishedAt),
  shifts: (p: ProjectEntity, _: unknown, ctx: Ctx) => ctx.loaders.shiftsOfProject.load(p.id),
  freePlaces: async (p: ProjectEntity, _: unknown, ctx: Ctx) =>
    p.status === 'PUBLISHED' ? freePlaces(await ctx.loaders.shiftsOfProject.load(p.id)) : 0,
  need: (p: ProjectEntity) => (p.needId ? { id: p.needId } : null),
  coverImageUrl: async (p: ProjectEntity, _: unknown, ctx: Ctx) =>
    p.coverImageUrl ?? (await ctx.loaders.coverPhoto.load(p.id))[0]?.imageUrl ?? null,
  photos: async (p: ProjectEntity, args: { first?: number }, ctx: Ctx) =>
    ctx.loaders.photos([pageSize(args.first), await isOrganizationAdmin(ctx, p.organizationId)]).load(p.id),
};
