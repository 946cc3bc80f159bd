import { conflict, notFound } from '../../kit/runtime/errors';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import {
  addDistrictAdmin as insertAdmin,
  lockDistrict,
  removeDistrictAdmin as deleteAdmin,
} from '../data/district-admin.repository';
import type { DistrictEntity } from '../data/district.entity';
import type { Loaders } from '../data/loaders';
import { emitDistrictAdmins } from '../events';
import { requireCityAdmin } from '../rules/access';
import * as input from '../rules/input';

type Ctx = SubgraphContext<Loaders>;

/**
 * Adds or removes a district admin, by a city admin, and announces the district's new list in the same transaction:
 * every subgraph that acts on a district-admin token follows it as soon as the event arrives. A district may be left
 * without admins; city admins still act for it.
 */
async function changeDistrictAdmins(
  ctx: Ctx,
  rawDistrict: string,
  rawAccount: string,
  add: boolean,
): Promise<DistrictEntity> {
  requireCityAdmin(ctx, 'manage district admins');
  const code = input.districtCode(rawDistrict);
  const account = input.text(rawAccount, 'accountId', 1, 64);
  await ctx.db.transaction(async (m) => {
    if (!(await lockDistrict(m, code))) throw notFound(`There is no district ${code}.`);
    if (add && !(await insertAdmin(m, code, account)))
      throw conflict(`${account} is already an admin of district ${code}.`);
    if (!add && !(await deleteAdmin(m, code, account)))
      throw notFound(`${account} is not an admin of district ${code}.`);
    await emitDistrictAdmins(m, code);
  });
  ctx.loaders.adminsByDistrict.clear(code);
  return (await ctx.loaders.district.load(code))!;
}

export const addDistrictAdmin = (ctx: Ctx, district: string, accountId: string) =>
  changeDistrictAdmins(ctx, district, accountId, true);
export const removeDistrictAdmin = (ctx: Ctx, district: string, accountId: string) =>
  changeDistrictAdmins(ctx, district, accountId, false);
