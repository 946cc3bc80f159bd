import type { DataSource } from 'typeorm';
import { entities, rows } from '../../kit/runtime/sql';
import { DistrictEntity } from './district.entity';

export function allDistricts(db: DataSource): Promise<DistrictEntity[]> {
  return entities(db, DistrictEntity, 'SELECT * FROM district ORDER BY position');
}

export function districtsByCodes(db: DataSource, codes: readonly string[]): Promise<DistrictEntity[]> {
  return entities(db, DistrictEntity, 'SELECT * FROM district WHERE code = ANY($1)', [[...codes]]);
}

export function organizationCounts(
  db: DataSource,
  codes: readonly string[],
): Promise<{ key: string; count: string }[]> {
  return rows(
    db,
    `SELECT district_code AS key, count(*) AS count FROM organization WHERE district_code = ANY($1)
      GROUP BY district_code`,
    [codes],
  );
}
