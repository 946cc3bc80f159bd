import type { EntityManager } from 'typeorm';
import { emitEvent } from '../kit/events';
import type { NeedEntity } from './data/need.entity';
import type { OrganizationEntity } from './data/organization.entity';

/**
 * Events this subgraph tells the others. `organization.standing` lets projects refuse publishing by an unverified or
 * suspended organization without asking us per request; `need.converted` makes projects create the draft project.
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
