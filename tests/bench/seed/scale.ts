import { DISTRICTS } from '../../../subgraphs/kit/city/districts';

/**
 * What `--scale 1` means: the real platform's 2021 figures (DOMAIN.md). Other scales multiply every count; the 23
 * districts stay, and each district keeps at least one organization and a few volunteers, so every district page
 * has something to show.
 */
export const CITY_AT_SCALE_1 = {
  volunteers: 1_057_000,
  organizations: 1_989,
  projects: 48_000,
  /** Confirmed service hours over the last 365 days. */
  hoursLastYear: 1_350_000,
} as const;

/**
 * Relative weight of each district in volunteers and organizations: the central urban districts and the high-tech
 * zone far denser than the outer counties, roughly as resident population and universities are spread.
 */
const DISTRICT_WEIGHT: Record<string, number> = {
  jinjiang: 9,
  qingyang: 9,
  jinniu: 10,
  wuhou: 11,
  chenghua: 10,
  gaoxin: 10,
  tianfu: 6,
  longquanyi: 6,
  shuangliu: 6,
  xindu: 5,
  wenjiang: 5,
  pidu: 5,
  qingbaijiang: 3,
  xinjin: 2,
  dongbu: 2,
  jianyang: 3,
  dujiangyan: 3,
  pengzhou: 3,
  qionglai: 2,
  chongzhou: 2,
  jintang: 2,
  dayi: 1.5,
  pujiang: 1,
};

export interface CityPlan {
  scale: number;
  volunteers: number;
  organizations: number;
  projects: number;
  hoursLastYear: number;
  /** Districts in the kit's order with their share of people (sums to 1). */
  districts: { code: string; divisionCode: string | null; name: string; share: number }[];
}

export function planCity(scale: number): CityPlan {
  if (!(scale > 0) || scale > 10) throw new RangeError('--scale must be a number above 0 and at most 10');
  const total = DISTRICTS.reduce((s, d) => s + (DISTRICT_WEIGHT[d.code] ?? 1), 0);
  return {
    scale,
    // At least five per district: a district's figures are withheld under five people.
    volunteers: Math.max(5 * DISTRICTS.length, Math.round(CITY_AT_SCALE_1.volunteers * scale)),
    organizations: Math.max(DISTRICTS.length, Math.round(CITY_AT_SCALE_1.organizations * scale)),
    projects: Math.max(DISTRICTS.length, Math.round(CITY_AT_SCALE_1.projects * scale)),
    hoursLastYear: Math.max(100, Math.round(CITY_AT_SCALE_1.hoursLastYear * scale)),
    districts: DISTRICTS.map((d) => ({
      code: d.code,
      divisionCode: d.divisionCode,
      name: d.name,
      share: (DISTRICT_WEIGHT[d.code] ?? 1) / total,
    })),
  };
}
