import { In, type DataSource, type EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { NeedEntity } from './need.entity';
import { timePage, whereEqual } from './paging';

export function needsByIds(db: DataSource, ids: readonly string[]): Promise<NeedEntity[]> {
  return db.getRepository(NeedEntity).findBy({ id: In(wellFormedIds(ids)) });
}

export interface NeedFilter {
  district?: string | null;
  status?: string | null;
  organizationId?: string | null;
}

export function needsPage(db: DataSource, filter: NeedFilter, size: number, after?: string | null) {
  const qb = whereEqual(db.getRepository(NeedEntity).createQueryBuilder('n').where('true'), {
    district_code: filter.district,
    status: filter.status,
    organization_id: filter.organizationId,
  });
  return timePage(qb, 'filed_at', (n) => n.filedAt, size, after);
}

export function lockNeed(m: EntityManager, id: string): Promise<NeedEntity | null> {
  return m.getRepository(NeedEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

export function saveNeed(m: EntityManager, need: Partial<NeedEntity>): Promise<NeedEntity> {
  return m.getRepository(NeedEntity).save(need) as Promise<NeedEntity>;
}
