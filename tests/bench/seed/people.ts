import { ageAt, ageOn, beijingDay, GIVEN, SKILLS, SURNAMES } from '../../../subgraphs/kit/city/demo-crowd';
import { SERVICE_CATEGORIES } from '../../../subgraphs/kit/city/categories';
import { idCheckChar } from '../../../subgraphs/kit/city/idcard';
import { prng } from '../../../subgraphs/kit/city/prng';
import { seedId, volunteerAccount } from './ids';
import type { CityPlan } from './scale';

const DAY_MS = 86_400_000;
/** Registrations go back five years; 35 % of them fall in the last year (370,000 of 1,057,000 in 2021). */
const REGISTRATION_DAYS = 1826;
const GROWTH = Math.log(0.2) / Math.log(0.35);

/**
 * The city's volunteers as the service generator needs them: home district and registration time, in registration
 * order (index order), with an index per district for picking who signs up. Hours and organizations are added by
 * the service generator before the rows are written.
 */
export interface Crowd {
  n: number;
  district: Uint8Array;
  createdAt: Float64Array;
  /** Volunteer indexes per district, ascending (so also in registration order). */
  byDistrict: Int32Array[];
}

export function crowdOf(plan: CityPlan, now: number): Crowd {
  const r = prng(0x5eed_c171);
  const n = plan.volunteers;
  const district = new Uint8Array(n);
  const createdAt = new Float64Array(n);
  const cumulative: number[] = [];
  plan.districts.reduce((s, d) => (cumulative.push(s + d.share), s + d.share), 0);
  const counts = new Array<number>(plan.districts.length).fill(0);
  for (let i = 0; i < n; i++) {
    // The first five of every district round-robin, so no district is ever without people at a small scale.
    let d = i < 5 * plan.districts.length ? i % plan.districts.length : 0;
    if (i >= 5 * plan.districts.length) {
      const u = r.next();
      while (d < cumulative.length - 1 && cumulative[d]! < u) d++;
    }
    district[i] = d;
    counts[d]!++;
    // Quantiles of the registration curve, so index order is registration order.
    const v = (i + r.next()) / n;
    const ageDays = REGISTRATION_DAYS * (1 - v) ** GROWTH;
    createdAt[i] = Math.min(now - DAY_MS, now - ageDays * DAY_MS + r.int(8 * 60, 21 * 60) * 60_000 - 12 * 3_600_000);
  }
  const byDistrict = counts.map((c) => new Int32Array(c));
  const fill = new Array<number>(plan.districts.length).fill(0);
  for (let i = 0; i < n; i++) byDistrict[district[i]!]![fill[district[i]!]!++] = i;
  return { n, district, createdAt, byDistrict };
}

/** What the service generator found for one volunteer. */
export interface Served {
  hours: number;
  organizationIds: string[];
  starDays: string[];
}

/**
 * One volunteer's row in volunteers.volunteer. Personal data is valid in form and obviously synthetic: ID numbers
 * with a correct check character and sequence 5xx-9xx, mobile numbers in 1700xxxxxxx (guardians 1701xxxxxxx),
 * names drawn from a short list. Deterministic per index, whatever order rows are asked for in.
 */
export function volunteerRow(
  plan: CityPlan,
  crowd: Crowd,
  i: number,
  served: Served | undefined,
  now: number,
  /** Sequences used so far per region and birth day: rows are asked for in index order, once each. */
  used: Map<string, number>,
) {
  const r = prng(0x5eed_0000 ^ (i * 2_654_435_761));
  const d = plan.districts[crowd.district[i]!]!;
  const createdAt = new Date(crowd.createdAt[i]!);
  const registeredOn = beijingDay(createdAt.getTime());
  const age = ageAt(r);
  const birth = new Date(Date.parse(`${registeredOn}T00:00:00Z`) - (age * 365.25 + r.int(1, 360)) * DAY_MS);
  const birthDate = birth.toISOString().slice(0, 10);
  const male = r.next() < 0.45;
  // Sequences 500-999 (odd for men), counted per region and birth day, so no two people share a number.
  const key = `${d.divisionCode ?? '510100'}${birthDate.replaceAll('-', '')}`;
  const taken = used.get(key) ?? 0;
  if (taken >= 250) throw new Error('more than 250 seeded volunteers share a region and birth day');
  used.set(key, taken + 1);
  const first17 = `${key}${500 + taken * 2 + (male ? 1 : 0)}`;
  const realName = r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.next() < 0.7 ? r.pick([...GIVEN]) : '');
  const young = ageOn(birthDate, registeredOn) < 14;
  const categories = SERVICE_CATEGORIES.filter(() => r.next() < 0.2)
    .slice(0, 3)
    .map((c) => c.code);
  return {
    id: seedId('volunteer', i),
    account_id: volunteerAccount(i),
    display_name: realName,
    district_code: d.code,
    created_at: createdAt.toISOString(),
    real_name: realName,
    sex: male ? 'MALE' : 'FEMALE',
    birth_date: birthDate,
    id_number: first17 + idCheckChar(first17),
    phone: `1700${String(i).padStart(7, '0')}`,
    skills: SKILLS.filter(() => r.next() < 0.08),
    service_categories: categories.length ? categories : [r.pick(SERVICE_CATEGORIES).code],
    card_code: `SC${String(i + 1).padStart(8, '0')}`,
    consented_at: createdAt.toISOString(),
    guardian_name: young ? realName[0] + r.pick([...GIVEN]) + r.pick([...GIVEN]) : null,
    guardian_relation: young ? (r.next() < 0.5 ? '母亲' : '父亲') : null,
    guardian_phone: young ? `1701${String(i).padStart(7, '0')}` : null,
    guardian_consented_at: young ? createdAt.toISOString() : null,
    hours_snapshot: served?.hours ?? 0,
    hours_version: served && served.hours > 0 ? 1 : 0,
    star_days: served?.starDays ?? [],
    organization_ids: served?.organizationIds ?? [],
    organizations_version: served?.organizationIds.length ? 1 : 0,
    status: 'ACTIVE',
    updated_at: new Date(now).toISOString(),
  };
}
