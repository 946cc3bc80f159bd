/** Beijing time (UTC+8, no daylight saving): how every time in a notification's text is written. */
const OFFSET_MS = 8 * 3_600_000;

function parts(at: string | Date) {
  const d = new Date(new Date(at).getTime() + OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    year: d.getUTCFullYear(),
    day: `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/**
 * 12月3日 09:00. The year is left out, as people say it: a notification speaks of the days around it. A time in
 * another year than `now` (a shift in January told in December) names it: 2027年1月3日 09:00.
 */
export function beijingDateTime(at: string | Date, now = new Date()): string {
  const p = parts(at);
  return `${p.year === parts(now).year ? '' : `${p.year}年`}${p.day} ${p.time}`;
}

/** 09:00 (the end of a shift that ends the day it starts). */
export const beijingTime = (at: string | Date): string => parts(at).time;

/** True when both instants fall on the same Beijing calendar day. */
export const sameBeijingDay = (a: string | Date, b: string | Date): boolean => {
  const [p, q] = [parts(a), parts(b)];
  return p.year === q.year && p.day === q.day;
};

/** 12月3日 from a calendar day written YYYY-MM-DD (a deadline). */
export function beijingDay(day: string): string {
  const [, m, d] = day.split('-').map(Number);
  return `${m}月${d}日`;
}
