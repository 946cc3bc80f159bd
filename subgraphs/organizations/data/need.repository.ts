import type { DataSource, EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, maybeEntity, oneEntity } from '../../kit/runtime/sql';
import { NeedEntity } from './need.entity';
import { timePage } from './page.repository';

export function needsByIds(db: DataSource, ids: readonly string[]): Promise<NeedEntity[]> {
  return entities(db, NeedEntity, 'SELECT * FROM need WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

export interface NeedFilter {
  district?: string | null;
  status?: string | null;
  organizationId?: string | null;
}

export function needsPage(db: DataSource, filter: NeedFilter, size: number, after?: string | null) {
  const filters = { district_code: filter.district, status: filter.status, organization_id: filter.organizationId };
  return timePage(db, NeedEntity, 'need', filters, 'filed_at', (n) => n.filedAt, size, after);
}

export function lockNeed(m: EntityManager, id: string): Promise<NeedEntity | null> {
  return maybeEntity(m, NeedEntity, 'SELECT * FROM need WHERE id = $1 FOR UPDATE', [id]);
}

/** The fields a need is filed with; its triage starts empty. */
export type NewNeed = Pick<
  NeedEntity,
  | 'organizationId'
  | 'districtCode'
  | 'title'
  | 'description'
  | 'categoryCode'
  | 'address'
  | 'startsOn'
  | 'endsOn'
  | 'volunteersNeeded'
  | 'status'
  | 'filedBy'
>;

export function insertNeed(m: EntityManager, n: NewNeed): Promise<NeedEntity> {
  return oneEntity(
    m,
    NeedEntity,
    `INSERT INTO need (organization_id, district_code, title, description, category_code, address, starts_on, ends_on,
       volunteers_needed, status, filed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
    [
      n.organizationId,
      n.districtCode,
      n.title,
      n.description,
      n.categoryCode,
      n.address,
      n.startsOn,
      n.endsOn,
      n.volunteersNeeded,
      n.status,
      n.filedBy,
    ],
  );
}

/** Writes back a locked need's triage: status, reason, the organization it went to and when. */
export function updateNeed(m: EntityManager, n: NeedEntity): Promise<NeedEntity> {
  return oneEntity(
    m,
    NeedEntity,
    `UPDATE need SET status = $2, rejection_reason = $3, converted_organization_id = $4, triaged_at = $5
     WHERE id = $1 RETURNING *`,
    [n.id, n.status, n.rejectionReason, n.convertedOrganizationId, n.triagedAt],
  );
}
