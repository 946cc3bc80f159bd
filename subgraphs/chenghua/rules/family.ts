/** A family is its guardian and at most seven more: one household's worth of places on a shift. */
export const MAX_MEMBERS = 8;
/** Children (under 18) join only when their guardian adds them: that is the guardian's consent. */
export const ADULT_AGE = 18;

/** The family's badge by combined hours (documented in the SDL): 暖心家庭 20 h, 星光家庭 100 h, 模范家庭 300 h. */
export const BADGES = [
  { badge: 'MODEL', hours: 300 },
  { badge: 'STAR', hours: 100 },
  { badge: 'WARM', hours: 20 },
] as const;

export type Badge = (typeof BADGES)[number]['badge'];

export const badgeOf = (hours: number): Badge | null => BADGES.find((b) => hours >= b.hours)?.badge ?? null;

/** Age in whole years on `today` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
