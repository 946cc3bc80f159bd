import { In, type DataSource } from 'typeorm';
import { DistrictEntity } from './district.entity';
import { OrganizationEntity } from './organization.entity';

export function allDistricts(db: DataSource): Promise<DistrictEntity[]> {
  return db.getRepository(DistrictEntity).find({ order: { position: 'ASC' } });
}

export function districtsByCodes(db: DataSource, codes: readonly string[]): Promise<DistrictEntity[]> {
  return db.getRepository(DistrictEntity).findBy({ code: In([...codes]) });
}

export function organizationCounts(
  db: DataSource,
  codes: readonly string[],
): Promise<{ key: string; count: string }[]> {
  return db
    .getRepository(OrganizationEntity)
    .createQueryBuilder('o')
    .select('o.district_code', 'key')
    .addSelect('count(*)', 'count')
    .where('o.district_code = ANY(:codes)', { codes })
    .groupBy('o.district_code')
    .getRawMany();
}
