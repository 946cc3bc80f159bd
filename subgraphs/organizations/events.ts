import type { EntityManager } from 'typeorm';
import { emitEvent } from '../kit/runtime/events';
import { DISTRICT_ADMINS, type DistrictAdminsPayload } from '../kit/runtime/district-admins';
import { ORGANIZATION_ADMINS, type OrganizationAdminsPayload } from '../kit/runtime/organization-admins';
import { DISTRICT_ADMIN_LIST, nextAdminList, ORGANIZATION_ADMIN_LIST } from './data/admin-list.repository';
import type { NeedEntity } from './data/need.entity';
import type { OrganizationEntity } from './data/organization.entity';

/**
 * Events this subgraph tells the others. `organization.standing` lets projects refuse publishing by an unverified or
 * suspended organization without asking us per request; `organization.admins` lets every subgraph that acts for an
 * organization check an org-admin token against the admin list, and `district.admins` a district-admin token against
 * its district's list; `need.converted` makes projects create the draft.
 */
export const ORGANIZATION_STANDING = 'organization.standing';
export const NEED_CONVERTED = 'need.converted';

export function emitStanding(m: EntityManager, o: OrganizationEntity): Promise<string> {
  return emitEvent(m, ORGANIZATION_STANDING, {
    organizationId: o.id,
    name: o.name,
    districtCode: o.districtCode,
    verified: o.verifiedAt !== null,
    suspended: o.status === 'SUSPENDED',
  });
}

export function emitNeedConverted(m: EntityManager, n: NeedEntity, organizationId: string): Promise<string> {
  return emitEvent(m, NEED_CONVERTED, {
    needId: n.id,
    organizationId,
    districtCode: n.districtCode,
    title: n.title,
    description: n.description,
    categoryCode: n.categoryCode,
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    volunteersNeeded: n.volunteersNeeded,
    address: n.address,
  });
}

/** Announces the organization's whole admin list after a change to it, in the change's transaction. */
export async function emitAdmins(m: EntityManager, organizationId: string): Promise<string> {
  const payload: OrganizationAdminsPayload = {
    organizationId,
    ...(await nextAdminList(m, ORGANIZATION_ADMIN_LIST, organizationId)),
  };
  return emitEvent(m, ORGANIZATION_ADMINS, payload);
}

/** Announces the district's whole admin list after a change to it, in the change's transaction. */
export async function emitDistrictAdmins(m: EntityManager, district: string): Promise<string> {
  const payload: DistrictAdminsPayload = { district, ...(await nextAdminList(m, DISTRICT_ADMIN_LIST, district)) };
  return emitEvent(m, DISTRICT_ADMINS, payload);
}
