import type { DataSource, EntityManager } from 'typeorm';
import { entities, exec, rows } from '../../kit/runtime/sql';
import { DistrictAdminEntity } from './district-admin.entity';

export function adminsOfDistricts(db: DataSource, codes: readonly string[]): Promise<DistrictAdminEntity[]> {
  return entities(
    db,
    DistrictAdminEntity,
    'SELECT * FROM district_admin WHERE district_code = ANY($1) ORDER BY added_at, account_id',
    [[...codes]],
  );
}

/** Holds the district's row until the transaction ends, so changes to one list (and their versions) queue. */
export async function lockDistrict(m: EntityManager, code: string): Promise<boolean> {
  const found = await rows<{ code: string }>(m, 'SELECT code FROM district WHERE code = $1 FOR UPDATE', [code]);
  return found.length > 0;
}

/** False when the account was listed already. */
export async function addDistrictAdmin(m: EntityManager, code: string, accountId: string): Promise<boolean> {
  const added = await exec(
    m,
    'INSERT INTO district_admin (district_code, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [code, accountId],
  );
  return added > 0;
}

/** False when the account was not listed. */
export async function removeDistrictAdmin(m: EntityManager, code: string, accountId: string): Promise<boolean> {
  const removed = await exec(m, 'DELETE FROM district_admin WHERE district_code = $1 AND account_id = $2', [
    code,
    accountId,
  ]);
  return removed > 0;
}
