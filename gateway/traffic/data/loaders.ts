import type { DataSource } from 'typeorm';
import { CITY_SCOPE, daysOf, statisticsLoader } from '../../../subgraphs/kit/city/statistics';
import type { TrafficCounts } from '../counter';
import { trafficDays, type TrafficDayRow } from './traffic-day.repository';

/** The city's traffic over a range: the totals, the highest day's peak, and every day of the range. */
export interface TrafficFigures extends TrafficCounts {
  days: TrafficDayRow[];
}

/** A range's figures from its stored days: one statement per range, however many times a request asks. */
async function figuresOf(db: DataSource, from: string, to: string): Promise<Map<string, TrafficFigures>> {
  const stored = new Map((await trafficDays(db, from, to)).map((d) => [d.day, d]));
  const days = daysOf(from, to).map(
    (day) => stored.get(day) ?? { day, requests: 0, queries: 0, mutations: 0, refused: 0, peakConcurrency: 0 },
  );
  const sum = (pick: (d: TrafficDayRow) => number) => days.reduce((n, d) => n + pick(d), 0);
  return new Map([
    [
      CITY_SCOPE,
      {
        requests: sum((d) => d.requests),
        queries: sum((d) => d.queries),
        mutations: sum((d) => d.mutations),
        refused: sum((d) => d.refused),
        peakConcurrency: Math.max(0, ...days.map((d) => d.peakConcurrency)),
        days,
      },
    ],
  ]);
}

/** This request's loaders (made per request, never shared). */
export function createLoaders(db: DataSource) {
  return { traffic: statisticsLoader((from, to) => figuresOf(db, from, to)) };
}

export type Loaders = ReturnType<typeof createLoaders>;
