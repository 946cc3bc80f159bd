import { demoDistrictAdmin } from '../../subgraphs/kit/runtime/district-admins';
import type { City } from './city';

/**
 * A token of district `code`'s seeded admin (`demo-district-admin-<code>`). A district-admin token acts only for an
 * account on the district's admin list, so tests use the demo admins rather than made-up accounts.
 */
export function districtAdminToken(city: City, code: string): Promise<string> {
  return city.token({ role: 'district_admin', sub: demoDistrictAdmin(code), district: code });
}
