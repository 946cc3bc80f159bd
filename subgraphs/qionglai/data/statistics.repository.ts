import { rows, type Db } from '../../kit/runtime/sql';
import type { PlaceRow } from './place.repository';

/** A place's confirmed hours over a range of days, with the volunteers behind them (for suppression). */
export interface PlaceHoursRow extends PlaceRow {
  hours: number;
  volunteers: number;
}

/**
 * One statement for a range: every place, by town then name, with the hours served in the range on the projects
 * tagged with it (as for the place's own figures, a project counts under its tag now) and their distinct volunteers.
 */
export function placeHours(db: Db, from: string, to: string): Promise<PlaceHoursRow[]> {
  return rows<PlaceHoursRow>(
    db,
    `SELECT p.id, p.name, p.town, p.kind, coalesce(sum(h.hours), 0)::float8 AS hours,
            (count(DISTINCT h.volunteer_id) FILTER (WHERE h.hours > 0))::int AS volunteers
       FROM place p
       LEFT JOIN project_tag t ON t.place_id = p.id
       LEFT JOIN service_hours h ON h.project_id = t.project_id AND h.served_on BETWEEN $1::date AND $2::date
      GROUP BY p.id ORDER BY p.town, p.name`,
    [from, to],
  );
}
