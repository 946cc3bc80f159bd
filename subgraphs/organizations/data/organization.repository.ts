import { In, type DataSource, type EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { OrganizationAdminEntity } from './organization-admin.entity';
import { OrganizationEntity } from './organization.entity';
import { timePage, whereEqual } from './paging';

export function organizationsByIds(db: DataSource, ids: readonly string[]): Promise<OrganizationEntity[]> {
  return db.getRepository(OrganizationEntity).findBy({ id: In(wellFormedIds(ids)) });
}

export interface OrganizationFilter {
  district?: string | null;
  status?: string | null;
  type?: string | null;
}

export function organizationsPage(db: DataSource, filter: OrganizationFilter, size: number, after?: string | null) {
  const qb = whereEqual(db.getRepository(OrganizationEntity).createQueryBuilder('o').where('true'), {
    district_code: filter.district,
    status: filter.status,
    type: filter.type,
  });
  return timePage(qb, 'created_at', (o) => o.createdAt, size, after);
}

/** Organizations an account administers; an account administers a handful at most. */
export function organizationsAdministeredBy(db: DataSource, accountId: string): Promise<OrganizationEntity[]> {
  return db
    .getRepository(OrganizationEntity)
    .createQueryBuilder('o')
    .innerJoin(OrganizationAdminEntity, 'a', 'a.organization_id = o.id')
    .where('a.account_id = :accountId', { accountId })
    .orderBy('o.name')
    .getMany();
}

export function adminsOf(db: DataSource, organizationIds: readonly string[]): Promise<OrganizationAdminEntity[]> {
  return db.getRepository(OrganizationAdminEntity).find({
    where: { organizationId: In(wellFormedIds(organizationIds)) },
    order: { addedAt: 'ASC', accountId: 'ASC' },
  });
}

/** Reads an organization for a change, holding its row until the transaction ends (admin list, standing). */
export function lockOrganization(m: EntityManager, id: string): Promise<OrganizationEntity | null> {
  return m.getRepository(OrganizationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

export function organizationByCreditCode(m: EntityManager, creditCode: string): Promise<OrganizationEntity | null> {
  return m.getRepository(OrganizationEntity).findOneBy({ creditCode });
}

export function saveOrganization(m: EntityManager, org: Partial<OrganizationEntity>): Promise<OrganizationEntity> {
  return m.getRepository(OrganizationEntity).save(org) as Promise<OrganizationEntity>;
}

export async function addAdmin(m: EntityManager, organizationId: string, accountId: string): Promise<void> {
  await m.getRepository(OrganizationAdminEntity).insert({ organizationId, accountId });
}

export function adminAccounts(m: EntityManager, organizationId: string): Promise<OrganizationAdminEntity[]> {
  return m.getRepository(OrganizationAdminEntity).findBy({ organizationId });
}

export async function removeAdmin(m: EntityManager, organizationId: string, accountId: string): Promise<void> {
  await m.getRepository(OrganizationAdminEntity).delete({ organizationId, accountId });
}

export async function logStanding(
  m: EntityManager,
  organizationId: string,
  status: string,
  reason: string | null,
  changedBy: string,
): Promise<void> {
  await m.query(
    'INSERT INTO organization_standing_log (organization_id, status, reason, changed_by) VALUES ($1, $2, $3, $4)',
    [organizationId, status, reason, changedBy],
  );
}
