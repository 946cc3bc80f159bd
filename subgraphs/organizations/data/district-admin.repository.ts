import { In, type DataSource, type EntityManager } from 'typeorm';
import { DistrictAdminEntity } from './district-admin.entity';

export function adminsOfDistricts(db: DataSource, codes: readonly string[]): Promise<DistrictAdminEntity[]> {
  return db.getRepository(DistrictAdminEntity).find({ where: { districtCode: In([...codes]) }, order: { addedAt: 'ASC', accountId: 'ASC' } });
}

/** Holds the district's row until the transaction ends, so changes to one list (and their versions) queue. */
export async function lockDistrict(m: EntityManager, code: string): Promise<boolean> {
  const rows = await m.query('SELECT code FROM district WHERE code = $1 FOR UPDATE', [code]);
  return rows.length > 0;
}

/** False when the account was listed already. */
export async function addDistrictAdmin(m: EntityManager, code: string, accountId: string): Promise<boolean> {
  const rows = await m.query('INSERT INTO district_admin (district_code, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING account_id', [code, accountId]);
  return rows.length > 0;
}

/** False when the account was not listed. */
export async function removeDistrictAdmin(m: EntityManager, code: string, accountId: string): Promise<boolean> {
  // TypeORM answers a DELETE with [rows, count].
  const [, count] = await m.query('DELETE FROM district_admin WHERE district_code = $1 AND account_id = $2', [code, accountId]);
  return Number(count) > 0;
}

/** The list as it stands after a change, with its next version; inside the change's transaction (district locked). */
export async function nextDistrictAdminList(m: EntityManager, code: string): Promise<{ accountIds: string[]; version: number }> {
  // Wrapped in a SELECT: TypeORM returns an UPDATE's rows in another shape.
  const [row] = await m.query(
    'WITH bumped AS (UPDATE district SET admins_version = admins_version + 1 WHERE code = $1 RETURNING admins_version) SELECT admins_version FROM bumped',
    [code],
  );
  const admins: { account_id: string }[] = await m.query('SELECT account_id FROM district_admin WHERE district_code = $1 ORDER BY account_id', [code]);
  return { accountIds: admins.map((a) => a.account_id), version: row.admins_version };
}

/** Inserts demo admins that are not there yet; returns the districts whose list changed. */
export async function seedDistrictAdmins(m: EntityManager, admins: { districtCode: string; accountId: string }[]): Promise<string[]> {
  const inserted: { district_code: string }[] = await m.query(
    `INSERT INTO district_admin (district_code, account_id) SELECT * FROM unnest($1::varchar[], $2::varchar[])
     ON CONFLICT DO NOTHING RETURNING district_code`,
    [admins.map((a) => a.districtCode), admins.map((a) => a.accountId)],
  );
  return [...new Set(inserted.map((r) => r.district_code))];
}
