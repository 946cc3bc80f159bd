import type { DataSource } from 'typeorm';
import { countLoader, rowLoader } from '../../kit/loaders';
import { districtsByCodes, organizationCounts } from './district.repository';
import { organizationsByIds } from './organization.repository';

export function createLoaders(db: DataSource) {
  return {
    district: rowLoader((codes: readonly string[]) => districtsByCodes(db, codes), (d) => d.code),
    organization: rowLoader((ids: readonly string[]) => organizationsByIds(db, ids), (o) => o.id),
    organizationCount: countLoader((codes: readonly string[]) => organizationCounts(db, codes)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
