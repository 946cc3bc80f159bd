import { accountOf } from '../../kit/runtime/caller';
import { conflict, forbidden, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';
import type { NeedEntity } from '../data/need.entity';
import { insertNeed, lockNeed, updateNeed } from '../data/need.repository';
import { lockOrganization } from '../data/organization.repository';
import { emitNeedConverted } from '../events';
import { requireDistrictAdmin, requireOrganizationAdmin } from '../rules/access';
import * as input from '../rules/input';
import { NEED_FILING_TYPES, requireGoodStanding } from '../rules/standing';

type Ctx = SubgraphContext<Loaders>;

export interface FileNeedInput {
  organizationId: string;
  title: string;
  description: string;
  categoryCode: string;
  address: string;
  startsOn: string;
  endsOn: string;
  volunteersNeeded: number;
}

/** An admin of a verified community, venue, service hall, station, park or public institution files a need. */
export async function fileNeed(ctx: Ctx, raw: FileNeedInput): Promise<NeedEntity> {
  const org = await ctx.loaders.organization.load(requireUuid(raw.organizationId, 'organizationId'));
  if (!org) throw notFound('There is no organization with this id.');
  await requireOrganizationAdmin(ctx, org);
  if (!NEED_FILING_TYPES.includes(org.type)) {
    throw forbidden(
      `${org.name} supplies volunteers rather than receiving them; needs are filed by communities, cultural ` +
        `venues, service halls, transport hubs, parks and public institutions.`,
    );
  }
  requireGoodStanding(org, 'file needs');
  const values = {
    organizationId: org.id,
    districtCode: org.districtCode,
    title: input.text(raw.title, 'title', 2, 80),
    description: input.text(raw.description, 'description', 2, 2000),
    categoryCode: input.category(raw.categoryCode),
    address: input.text(raw.address, 'address', 4, 200),
    ...input.serviceDates(raw.startsOn, raw.endsOn),
    volunteersNeeded: input.headcount(raw.volunteersNeeded),
    status: 'SUBMITTED' as const,
    filedBy: accountOf(ctx.caller)!,
  };
  return ctx.db.transaction((m) => insertNeed(m, values));
}

/** Triage and conversion: by the admin of the need's district (or a city admin), one step at a time. */
async function triage(
  ctx: Ctx,
  id: string,
  what: string,
  step: (need: NeedEntity, m: Parameters<typeof lockNeed>[0]) => Promise<Partial<NeedEntity>>,
): Promise<NeedEntity> {
  const found = await ctx.loaders.need.load(requireUuid(id, 'id'));
  if (!found) throw notFound('There is no need with this id.');
  await requireDistrictAdmin(ctx, found.districtCode, what);
  return ctx.db.transaction(async (m) => {
    const need = (await lockNeed(m, found.id))!;
    return updateNeed(m, Object.assign(need, await step(need, m)));
  });
}

const mustBe = (need: NeedEntity, status: NeedEntity['status'], hint: string) => {
  if (need.status !== status) throw conflict(`This need is ${need.status.toLowerCase()}; ${hint}`);
};

export const acceptNeed = (ctx: Ctx, id: string) =>
  triage(ctx, id, 'triage needs there', async (need) => {
    mustBe(need, 'SUBMITTED', 'only a submitted need can be accepted.');
    return { status: 'ACCEPTED', triagedAt: new Date() };
  });

export const rejectNeed = (ctx: Ctx, id: string, rawReason: string) => {
  const reason = input.text(rawReason, 'reason', 2, 500);
  return triage(ctx, id, 'triage needs there', async (need) => {
    mustBe(need, 'SUBMITTED', 'only a submitted need can be rejected.');
    return { status: 'REJECTED', rejectionReason: reason, triagedAt: new Date() };
  });
};

/** Turns an accepted need into a draft project of a verified organization: the projects subgraph creates it. */
export const convertNeed = (ctx: Ctx, id: string, organizationId: string) => {
  requireUuid(organizationId, 'organizationId');
  return triage(ctx, id, 'turn needs there into projects', async (need, m) => {
    mustBe(
      need,
      'ACCEPTED',
      need.status === 'SUBMITTED'
        ? 'accept it before turning it into a project.'
        : 'only an accepted need becomes a project.',
    );
    const org = await lockOrganization(m, organizationId);
    if (!org) throw notFound('There is no organization with this id.');
    requireGoodStanding(org, 'take on a project');
    await emitNeedConverted(m, need, org.id);
    return { status: 'CONVERTED', convertedOrganizationId: org.id };
  });
};
