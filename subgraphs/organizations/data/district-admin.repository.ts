import { In, type DataSource, type EntityManager } from 'typeorm';
import { DistrictAdminEntity } from './district-admin.entity';

export function adminsOfDistricts(db: DataSource, codes: readonly string[]): Promise<DistrictAdminEntity[]> {
  return db
    .getRepository(DistrictAdminEntity)
    .find({ where: { districtCode: In([...codes]) }, order: { addedAt: 'ASC', accountId: 'ASC' } });
}

/** Holds the district's row until the transaction ends, so changes to one list (and their versions) queue. */
export async function lockDistrict(m: EntityManager, code: string): Promise<boolean> {
  const rows = await m.query('SELECT code FROM district WHERE code = $1 FOR UPDATE', [code]);
  return rows.length > 0;
}

/** False when the account was listed already. */
export async function addDistrictAdmin(m: EntityManager, code: string, accountId: string): Promise<boolean> {
  const rows = await m.query(
    `INSERT INTO district_admin (district_code, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING
     RETURNING account_id`,
    [code, accountId],
  );
  return rows.length > 0;
}

/** False when the account was not listed. */
export async function removeDistrictAdmin(m: EntityManager, code: string, accountId: string): Promise<boolean> {
  // TypeORM answers a DELETE with [rows, count].
  const [, count] = await m.query('DELETE FROM district_admin WHERE district_code = $1 AND account_id = $2', [
    code,
    accountId,
  ]);
  return Number(count) > 0;
}
