import { demoDistrictAdmin } from '../../subgraphs/kit/runtime/district-admins';
import type { City } from './city';
import { orgAdminAccount, volunteerAccount } from './fixtures';

/** The one place tests mint user tokens, one helper per role (gateway/tokens.ts says what each claim means). */

/** A volunteer's token; a number is demo volunteer NN. */
export const volunteerToken = (city: City, who: string | number) =>
  city.token({ role: 'volunteer', sub: typeof who === 'number' ? volunteerAccount(who) : who });

/** An org-admin token of a listed admin; for demo organizations, `demo-org-admin-NN` (seeded and announced). */
export const orgAdminToken = (city: City, org: string, sub = orgAdminAccount(org)) =>
  city.token({ role: 'org_admin', org, sub });

/**
 * A token of district `code`'s seeded admin (`demo-district-admin-<code>`). A district-admin token acts only for an
 * account on the district's admin list, so tests use the demo admins rather than made-up accounts.
 */
export function districtAdminToken(city: City, code: string): Promise<string> {
  return city.token({ role: 'district_admin', sub: demoDistrictAdmin(code), district: code });
}

export const cityAdminToken = (city: City, sub = 'city-admin-1') => city.token({ role: 'city_admin', sub });

/** A city dashboard's token (issue 13): aggregate figures only, nothing personal. */
export const statisticsViewerToken = (city: City, sub = 'statistics-viewer-1') =>
  city.token({ role: 'statistics_viewer', sub });

/** The example partner app (天府市民云) acting for its linked citizen `sub`, with `scope`. */
export const partnerToken = (city: City, sub: string, scope = 'volunteer:read') =>
  city.token({ role: 'partner', sub, azp: 'tianfu-citizen-cloud', scope });

/** The helpers above bound to one city, for test files that hand their tests a token maker. */
export function tokensFor(city: City) {
  return {
    volunteer: (who: string | number) => volunteerToken(city, who),
    orgAdmin: (org: string, sub?: string) => orgAdminToken(city, org, sub),
    districtAdmin: (district: string) => districtAdminToken(city, district),
    cityAdmin: () => cityAdminToken(city),
    statisticsViewer: () => statisticsViewerToken(city),
    partner: (sub: string, scope?: string) => partnerToken(city, sub, scope),
  };
}
export type Tokens = ReturnType<typeof tokensFor>;
