import type { EntityManager } from 'typeorm';
import { emit } from '../kit/runtime/event-catalogue';
import { DISTRICT_ADMIN_LIST, nextAdminList, ORGANIZATION_ADMIN_LIST } from './data/admin-list.repository';
import type { NeedEntity } from './data/need.entity';
import type { OrganizationEntity } from './data/organization.entity';

/**
 * Events this subgraph tells the others. `organization.standing` lets projects refuse publishing by an unverified or
 * suspended organization without asking us per request; `organization.admins` lets every subgraph that acts for an
 * organization check an org-admin token against the admin list, and `district.admins` a district-admin token against
 * its district's list; `need.converted` makes projects create the draft.
 */
export function emitStanding(m: EntityManager, o: OrganizationEntity): Promise<string> {
  return emit(m, 'organization.standing', {
    organizationId: o.id,
    name: o.name,
    districtCode: o.districtCode,
    verified: o.verifiedAt !== null,
    suspended: o.status === 'SUSPENDED',
  });
}

export function emitNeedConverted(m: EntityManager, n: NeedEntity, organizationId: string): Promise<string> {
  return emit(m, 'need.converted', {
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
  return emit(m, 'organization.admins', {
    organizationId,
    ...(await nextAdminList(m, ORGANIZATION_ADMIN_LIST, organizationId)),
  });
}

/** Announces the district's whole admin list after a change to it, in the change's transaction. */
export async function emitDistrictAdmins(m: EntityManager, district: string): Promise<string> {
  return emit(m, 'district.admins', { district, ...(await nextAdminList(m, DISTRICT_ADMIN_LIST, district)) });
}
