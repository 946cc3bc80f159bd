import type { DataSource } from 'typeorm';
import { countLoader, rowLoader } from '../../kit/loaders';
import { volunteerCounts, volunteersByAccounts, volunteersByCardCodes, volunteersByIds } from './volunteer.repository';

export function createLoaders(db: DataSource) {
  return {
    volunteer: rowLoader((ids: readonly string[]) => volunteersByIds(db, ids), (v) => v.id),
    volunteerByAccount: rowLoader((accounts: readonly string[]) => volunteersByAccounts(db, accounts), (v) => v.accountId),
    volunteerByCardCode: rowLoader((codes: readonly string[]) => volunteersByCardCodes(db, codes), (v) => v.cardCode!),
    volunteerCount: countLoader((codes: readonly string[]) => volunteerCounts(db, codes)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
