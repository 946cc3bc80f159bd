import type { DataSource, EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, exec, maybeEntity, oneEntity } from '../../kit/runtime/sql';
import { OrganizationAdminEntity } from './organization-admin.entity';
import { OrganizationEntity } from './organization.entity';
import { timePage } from './page.repository';

export function organizationsByIds(db: DataSource, ids: readonly string[]): Promise<OrganizationEntity[]> {
  return entities(db, OrganizationEntity, 'SELECT * FROM organization WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

export interface OrganizationFilter {
  district?: string | null;
  status?: string | null;
  type?: string | null;
}

export function organizationsPage(db: DataSource, filter: OrganizationFilter, size: number, after?: string | null) {
  const filters = { district_code: filter.district, status: filter.status, type: filter.type };
  return timePage(db, OrganizationEntity, 'organization', filters, 'created_at', (o) => o.createdAt, size, after);
}

/** Organizations an account administers; an account administers a handful at most. */
export function organizationsAdministeredBy(db: DataSource, accountId: string): Promise<OrganizationEntity[]> {
  return entities(
    db,
    OrganizationEntity,
    `SELECT o.* FROM organization o JOIN organization_admin a ON a.organization_id = o.id
      WHERE a.account_id = $1 ORDER BY o.name`,
    [accountId],
  );
}

export function adminsOf(db: DataSource, organizationIds: readonly string[]): Promise<OrganizationAdminEntity[]> {
  return entities(
    db,
    OrganizationAdminEntity,
    'SELECT * FROM organization_admin WHERE organization_id = ANY($1) ORDER BY added_at, account_id',
    [wellFormedIds(organizationIds)],
  );
}

/** Reads an organization for a change, holding its row until the transaction ends (admin list, standing). */
export function lockOrganization(m: EntityManager, id: string): Promise<OrganizationEntity | null> {
  return maybeEntity(m, OrganizationEntity, 'SELECT * FROM organization WHERE id = $1 FOR UPDATE', [id]);
}

export function organizationByCreditCode(m: EntityManager, creditCode: string): Promise<OrganizationEntity | null> {
  return maybeEntity(m, OrganizationEntity, 'SELECT * FROM organization WHERE credit_code = $1 LIMIT 1', [creditCode]);
}

/** The fields an organization registers with. */
export type NewOrganization = Pick<
  OrganizationEntity,
  'name' | 'creditCode' | 'type' | 'districtCode' | 'address' | 'contactName' | 'contactPhone' | 'status' | 'verifiedAt'
>;

export function insertOrganization(m: EntityManager, o: NewOrganization): Promise<OrganizationEntity> {
  return oneEntity(
    m,
    OrganizationEntity,
    `INSERT INTO organization (name, credit_code, type, district_code, address, contact_name, contact_phone, status,
       verified_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [o.name, o.creditCode, o.type, o.districtCode, o.address, o.contactName, o.contactPhone, o.status, o.verifiedAt],
  );
}

/** Writes a locked organization back whole (every column but its id and registration time). */
export function updateOrganizationRow(m: EntityManager, o: OrganizationEntity): Promise<OrganizationEntity> {
  return oneEntity(
    m,
    OrganizationEntity,
    `UPDATE organization SET name = $2, credit_code = $3, type = $4, district_code = $5, address = $6,
       contact_name = $7, contact_phone = $8, status = $9, suspension_reason = $10, verified_at = $11,
       status_changed_at = $12
     WHERE id = $1 RETURNING *`,
    [
      o.id,
      o.name,
      o.creditCode,
      o.type,
      o.districtCode,
      o.address,
      o.contactName,
      o.contactPhone,
      o.status,
      o.suspensionReason,
      o.verifiedAt,
      o.statusChangedAt,
    ],
  );
}

export async function addAdmin(m: EntityManager, organizationId: string, accountId: string): Promise<void> {
  await exec(m, 'INSERT INTO organization_admin (organization_id, account_id) VALUES ($1, $2)', [
    organizationId,
    accountId,
  ]);
}

export function adminAccounts(m: EntityManager, organizationId: string): Promise<OrganizationAdminEntity[]> {
  return entities(m, OrganizationAdminEntity, 'SELECT * FROM organization_admin WHERE organization_id = $1', [
    organizationId,
  ]);
}

export async function removeAdmin(m: EntityManager, organizationId: string, accountId: string): Promise<void> {
  await exec(m, 'DELETE FROM organization_admin WHERE organization_id = $1 AND account_id = $2', [
    organizationId,
    accountId,
  ]);
}

export async function logStanding(
  m: EntityManager,
  organizationId: string,
  status: string,
  reason: string | null,
  changedBy: string,
): Promise<void> {
  await exec(
    m,
    'INSERT INTO organization_standing_log (organization_id, status, reason, changed_by) VALUES ($1, $2, $3, $4)',
    [organizationId, status, reason, changedBy],
  );
}
