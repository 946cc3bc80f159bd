/**
 * The growth system (成长体系): pure rules over confirmed service hours, which the projects subgraph records and
 * hands over through `@requires`. Only confirmed hours count (DOMAIN.md).
 */

import { MAX_STARS, STAR_THRESHOLDS } from '../../kit/city/growth';

// The thresholds and the points rule live in the kit so district platforms use the same ones.
export { MAX_STARS, POINTS_PER_HOUR, points, STAR_THRESHOLDS, starLevel } from '../../kit/city/growth';

/** Hours still to serve for the next star; null at five stars. */
export function hoursToNextStar(hours: number): number | null {
  const next = STAR_THRESHOLDS.find((t) => hours < t);
  return next === undefined ? null : Math.round((next - hours) * 100) / 100;
}

/** The hour range [from, to) of a star level, for filtering by star level; `to` is null at five stars. */
export function hoursRangeOf(level: number): { from: number; to: number | null } {
  return {
    from: level === 0 ? 0 : STAR_THRESHOLDS[level - 1]!,
    to: level < MAX_STARS ? STAR_THRESHOLDS[level]! : null,
  };
}

/** The figures milestone badges look at. */
export interface ServiceFigures {
  confirmedHours: number;
  projectCount: number;
  organizationCount: number;
}

export interface Badge {
  code: string;
  name: string;
  description: string;
}

interface BadgeRule extends Badge {
  earned: (f: ServiceFigures) => boolean;
}

/**
 * Milestone badges, in the order they are usually earned. Stars already mark 100-1500 h, so hour badges sit between.
 */
const BADGES: readonly BadgeRule[] = [
  {
    code: 'FIRST_SERVICE',
    name: '初心启航',
    description: '第一次志愿服务获得确认',
    earned: (f) => f.confirmedHours > 0,
  },
  { code: 'HOURS_50', name: '五十小时', description: '累计确认服务满 50 小时', earned: (f) => f.confirmedHours >= 50 },
  {
    code: 'HOURS_500',
    name: '五百小时',
    description: '累计确认服务满 500 小时',
    earned: (f) => f.confirmedHours >= 500,
  },
  {
    code: 'PROJECTS_10',
    name: '十项历练',
    description: '参加过 10 个不同的志愿服务项目',
    earned: (f) => f.projectCount >= 10,
  },
  {
    code: 'ORGANIZATIONS_5',
    name: '五方同行',
    description: '为 5 个不同的志愿服务组织服务过',
    earned: (f) => f.organizationCount >= 5,
  },
  {
    code: 'GOLD',
    name: '金牌志愿者',
    description: '累计确认服务满 1000 小时',
    earned: (f) => f.confirmedHours >= 1000,
  },
  {
    code: 'DIAMOND',
    name: '钻石志愿者',
    description: '累计确认服务满 2000 小时',
    earned: (f) => f.confirmedHours >= 2000,
  },
];

export function badges(figures: ServiceFigures): Badge[] {
  return BADGES.filter((b) => b.earned(figures)).map(({ code, name, description }) => ({ code, name, description }));
}
