/**
 * The city's growth thresholds as pure functions, shared by the volunteers subgraph (star levels, points) and the
 * district platforms that build on them (Pidu's time bank opens at one star, Xinjin's mall pays out points).
 * Only confirmed hours count (DOMAIN.md).
 */

/** Hours needed for 1 to 5 stars (Sichuan youth-volunteer rules, city scheme). */
export const STAR_THRESHOLDS = [100, 300, 600, 1000, 1500] as const;

export const MAX_STARS = STAR_THRESHOLDS.length;

/** 0 to 5 stars: the number of thresholds reached. */
export function starLevel(hours: number): number {
  return STAR_THRESHOLDS.filter((t) => hours >= t).length;
}

/**
 * Points: 10 per confirmed hour, whole points only. The ratio follows the district schemes that pair hours with
 * points (Longquanyi's one star is 50 h + 500 points); only confirmed hours earn points, never added ones.
 */
export const POINTS_PER_HOUR = 10;

export function points(hours: number): number {
  return Math.floor(hours * POINTS_PER_HOUR + 1e-9);
}
