import { creditCodeCheckCharacter } from '../../../subgraphs/kit/city/credit-code';
import { prng } from '../../../subgraphs/kit/city/prng';
import { organizationAdminAccount, seedId } from './ids';
import type { CityPlan } from './scale';

const DAY_MS = 86_400_000;

const TYPES = [
  'COMMUNITY',
  'SCHOOL',
  'PUBLIC_INSTITUTION',
  'SOCIAL_ORGANIZATION',
  'ENTERPRISE',
  'GOVERNMENT_SERVICE_HALL',
  'TRANSPORT_HUB',
  'CULTURAL_VENUE',
] as const;
const NAMES = ['青年', '阳光', '红领巾', '爱心', '文明', '邻里', '蓉城', '天府', '锦绣', '同心'];
const KINDS = ['志愿服务队', '志愿者协会', '志愿服务中心', '志愿服务站'];

/** An organization as the project generator needs it. */
export interface SeedOrganization {
  index: number;
  id: string;
  district: number;
  verifiedAt: number | null;
  name: string;
}

/**
 * The city's organizations: one in every district first, the rest spread like the volunteers. Most were verified
 * years ago (they published the older projects); about one in forty still waits for verification and publishes
 * nothing. Credit codes carry a correct check character (kit/city/credit-code).
 */
export function organizationsOf(plan: CityPlan, now: number): SeedOrganization[] {
  const r = prng(0x5eed_c172);
  const cumulative: number[] = [];
  plan.districts.reduce((s, d) => (cumulative.push(s + d.share), s + d.share), 0);
  return Array.from({ length: plan.organizations }, (_, i) => {
    let d = i < plan.districts.length ? i : 0;
    if (i >= plan.districts.length) {
      const u = r.next();
      while (d < cumulative.length - 1 && cumulative[d]! < u) d++;
    }
    const pending = i >= plan.districts.length && r.next() < 0.025;
    // Verified between six years and a month ago, most of them more than two years ago.
    const verifiedAt = pending ? null : now - (30 + Math.floor(2160 * Math.sqrt(r.next()))) * DAY_MS;
    const name = `${plan.districts[d]!.name}${r.pick(NAMES)}${r.pick(KINDS)}（${i + 1}）`;
    return { index: i, id: seedId('organization', i), district: d, verifiedAt, name };
  });
}

export function organizationRow(plan: CityPlan, o: SeedOrganization, now: number) {
  const r = prng(0x5eed_0200 ^ (o.index * 2_654_435_761));
  const d = plan.districts[o.district]!;
  // 5 (civil affairs) 2 (social organization), the region, then a nine-digit serial: 17 characters and a check.
  const first17 = `52${d.divisionCode ?? '510100'}${String(o.index + 1).padStart(9, '0')}`;
  const createdAt = (o.verifiedAt ?? now) - r.int(3, 20) * DAY_MS;
  return {
    id: o.id,
    name: o.name,
    type: r.pick(TYPES),
    district_code: d.code,
    verified_at: o.verifiedAt === null ? null : new Date(o.verifiedAt).toISOString(),
    created_at: new Date(createdAt).toISOString(),
    credit_code: first17 + creditCodeCheckCharacter(first17),
    address: `${d.name}${r.pick(NAMES)}路${r.int(1, 300)}号`,
    contact_name: '志愿服务联络员',
    contact_phone: `1702${String(o.index).padStart(7, '0')}`,
    status: o.verifiedAt === null ? 'PENDING_VERIFICATION' : 'VERIFIED',
    status_changed_at: o.verifiedAt === null ? null : new Date(o.verifiedAt).toISOString(),
    admins_version: 1,
  };
}

export const organizationAdminRow = (o: SeedOrganization, now: number) => ({
  organization_id: o.id,
  account_id: organizationAdminAccount(o.index),
  added_at: new Date(o.verifiedAt ?? now - DAY_MS).toISOString(),
});
