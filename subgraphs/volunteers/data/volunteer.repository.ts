import { In, type DataSource } from 'typeorm';
import { wellFormedIds } from '../../kit/ids';
import { VolunteerEntity } from './volunteer.entity';

export function volunteersByIds(db: DataSource, ids: readonly string[]): Promise<VolunteerEntity[]> {
  return db.getRepository(VolunteerEntity).findBy({ id: In(wellFormedIds(ids)) });
}

export function volunteersByAccounts(db: DataSource, accounts: readonly string[]): Promise<VolunteerEntity[]> {
  return db.getRepository(VolunteerEntity).findBy({ accountId: In([...accounts]) });
}

export function volunteerCounts(db: DataSource, codes: readonly string[]): Promise<{ key: string; count: string }[]> {
  return db
    .getRepository(VolunteerEntity)
    .createQueryBuilder('v')
    .select('v.district_code', 'key')
    .addSelect('count(*)', 'count')
    .where('v.district_code = ANY(:codes)', { codes })
    .groupBy('v.district_code')
    .getRawMany();
}
