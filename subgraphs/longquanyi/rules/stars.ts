/**
 * Longquanyi's own star scheme (DOMAIN.md), on top of the city's: a level needs both its hours and its points.
 * Points are 10 per hour served on Longquanyi's projects (whole points) plus the points Longquanyi's admins award;
 * the thresholds' points are ten times their hours plus a margin from 3 stars, so from there awards are needed.
 */
export const LEVELS = [
  { stars: 1, hours: 50, points: 500 },
  { stars: 2, hours: 100, points: 1000 },
  { stars: 3, hours: 200, points: 2100 },
  { stars: 4, hours: 400, points: 4200 },
  { stars: 5, hours: 800, points: 8400 },
] as const;

export const POINTS_PER_HOUR = 10;
/** Titles past five stars, by hours alone once five stars are reached. */
export const GOLD_HOURS = 1000;
export const DIAMOND_HOURS = 2000;
/** Five no-shows within a year suspend a registration in Longquanyi. */
export const NO_SHOWS_TO_SUSPEND = 5;

export type Title = 'GOLD' | 'DIAMOND';

export const pointsOf = (hours: number, awarded: number) => Math.floor(hours * POINTS_PER_HOUR) + awarded;

/** Stars reached: the highest level whose hours and points are both met (0 below one star). */
export function starsOf(hours: number, points: number): number {
  let stars = 0;
  for (const l of LEVELS) if (hours >= l.hours && points >= l.points) stars = l.stars;
  return stars;
}

export function titleOf(hours: number, points: number): Title | null {
  if (starsOf(hours, points) < 5) return null;
  if (hours >= DIAMOND_HOURS) return 'DIAMOND';
  return hours >= GOLD_HOURS ? 'GOLD' : null;
}

/** The next level's thresholds; null at five stars. */
export const nextLevelOf = (stars: number) => LEVELS.find((l) => l.stars === stars + 1) ?? null;

/** Call-ins are 0.5 to 8 hours, in half hours: one free service at a time. */
export const isCallInHours = (h: number) => Number.isFinite(h) && h >= 0.5 && h <= 8 && Number.isInteger(h * 2);

/** The day until which a volunteer stays suspended: a year after the oldest of their five latest no-shows. */
export function suspendedUntil(noShowDays: readonly string[], today: string): string | null {
  if (noShowDays.length < NO_SHOWS_TO_SUSPEND) return null;
  const fifth = [...noShowDays].sort().reverse()[NO_SHOWS_TO_SUSPEND - 1]!;
  const until = addYear(fifth);
  return until > today ? until : null;
}

export function addYear(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** The first day a no-show still counts on `today` (a year back). */
export function yearBefore(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}
