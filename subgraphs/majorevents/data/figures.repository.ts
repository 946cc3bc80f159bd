import { wellFormedIds } from '../../kit/runtime/ids';
import { rows, type Db } from '../../kit/runtime/sql';

/** What the city counts of event volunteering (DOMAIN.md: 957 recruited, 1,912 trained deployments, 19 events). */
export interface Figures {
  applicants: number;
  selected: number;
  trainedPersonTimes: number;
  deployedPersonTimes: number;
  hours: number;
}

/**
 * One statement over a set of events: each table is counted once, grouped by `group` (the event itself, or its year),
 * so figures for a page of events cost one query. Applicants and selected count distinct people; training and
 * deployment count person-times, as the city's report does.
 */
const figuresSql = (group: string, filter: string) => `
  WITH ev AS (SELECT id, ${group} AS key FROM major_event WHERE ${filter}),
  a AS (SELECT ev.key, count(DISTINCT ap.volunteer_id) AS applicants,
               count(DISTINCT ap.volunteer_id) FILTER (WHERE ap.status = 'SELECTED') AS selected
          FROM application ap JOIN ev ON ev.id = ap.event_id GROUP BY ev.key),
  t AS (SELECT ev.key, count(*) AS trained FROM attendance at JOIN training_session s ON s.id = at.session_id
          JOIN ev ON ev.id = s.event_id GROUP BY ev.key),
  d AS (SELECT ev.key, count(*) AS deployed, coalesce(sum(dp.hours), 0) AS hours
          FROM deployment dp JOIN ev ON ev.id = dp.event_id GROUP BY ev.key)
  SELECT k.key::text AS key, count(*)::int AS events,
         coalesce(max(a.applicants), 0)::int AS applicants, coalesce(max(a.selected), 0)::int AS selected,
         coalesce(max(t.trained), 0)::int AS "trainedPersonTimes",
         coalesce(max(d.deployed), 0)::int AS "deployedPersonTimes", coalesce(max(d.hours), 0)::float8 AS hours
    FROM ev k LEFT JOIN a ON a.key = k.key LEFT JOIN t ON t.key = k.key LEFT JOIN d ON d.key = k.key
   GROUP BY k.key`;

export function figuresOfEvents(db: Db, eventIds: readonly string[]): Promise<(Figures & { key: string })[]> {
  return rows(db, figuresSql('id', 'id = ANY($1)'), [wellFormedIds(eventIds)]);
}

export async function figuresOfYear(db: Db, year: number): Promise<Figures & { events: number }> {
  const found = await rows<Figures & { events: number }>(
    db,
    figuresSql('extract(year FROM starts_on)::int', 'extract(year FROM starts_on) = $1'),
    [year],
  );
  return found[0] ?? { events: 0, applicants: 0, selected: 0, trainedPersonTimes: 0, deployedPersonTimes: 0, hours: 0 };
}
