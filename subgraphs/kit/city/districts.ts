import districtData from './data/districts.json';

/** One of the city's 23 districts (DOMAIN.md). `code` is the stable slug and the `District` entity key. */
export interface DistrictInfo {
  code: string;
  name: string;
  /** National administrative division code; null for the three functional zones. */
  divisionCode: string | null;
  kind: 'DISTRICT' | 'COUNTY' | 'COUNTY_LEVEL_CITY' | 'FUNCTIONAL_ZONE';
}

export const DISTRICTS: readonly DistrictInfo[] = districtData as DistrictInfo[];

const byCode = new Map(DISTRICTS.map((d) => [d.code, d]));

/** True for one of the 23 district slugs; every subgraph validates district input with this. */
export function isDistrictCode(code: string): boolean {
  return byCode.has(code);
}

export function districtByCode(code: string): DistrictInfo | undefined {
  return byCode.get(code);
}
