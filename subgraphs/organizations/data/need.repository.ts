import { In, type DataSource, type EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/ids';
import { NeedEntity } from './need.entity';
import { timePage } from './paging';

export function needsByIds(db: DataSource, ids: readonly string[]): Promise<NeedEntity[]> {
  return db.getRepository(NeedEntity).findBy({ id: In(wellFormedIds(ids)) });
}

export interface NeedFilter {
  district?: string | null;
  status?: string | null;
  organizationId?: string | null;
}

export function needsPage(db: DataSource, filter: NeedFilter, size: number, after?: string | null) {
  const qb = db.getRepository(NeedEntity).createQueryBuilder('n').where('true');
  if (filter.district) qb.andWhere('n.district_code = :district', { district: filter.district });
  if (filter.status) qb.andWhere('n.status = :status', { status: filter.status });
  if (filter.organizationId) qb.andWhere('n.organization_id = :org', { org: filter.organizationId });
  return timePage(qb, 'filed_at', (n) => n.filedAt, size, after);
}

export function lockNeed(m: EntityManager, id: string): Promise<NeedEntity | null> {
  return m.getRepository(NeedEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

export function saveNeed(m: EntityManager, need: Partial<NeedEntity>): Promise<NeedEntity> {
  return m.getRepository(NeedEntity).save(need) as Promise<NeedEntity>;
}
