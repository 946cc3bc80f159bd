import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, rows, type Db } from '../../kit/runtime/sql';

export interface PlaceRow {
  id: string;
  name: string;
  town: string;
  kind: 'VILLAGE' | 'COMMUNITY';
}

export interface PlaceFigures {
  placeId: string;
  projectCount: number;
  confirmedHours: number;
  volunteerCount: number;
}

export function placesByIds(db: Db, ids: readonly string[]): Promise<PlaceRow[]> {
  return rows(db, 'SELECT id, name, town, kind FROM place WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

/** A page of places ordered by town then name; `after` is the last (town, name) seen. */
export function listPlaces(
  db: Db,
  f: { kind?: string | null; town?: string | null },
  after: [string, string] | null,
  limit: number,
): Promise<PlaceRow[]> {
  return rows(
    db,
    `SELECT id, name, town, kind FROM place
      WHERE ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR town = $2)
        AND ($3::text IS NULL OR (town, name) > ($3, $4))
      ORDER BY town, name LIMIT $5`,
    [f.kind ?? null, f.town ?? null, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** Figures of many places in one statement; hours and volunteers only count records of tagged projects. */
export async function placeFigures(db: Db, ids: readonly string[]): Promise<PlaceFigures[]> {
  // Counts (bigint) and the sum (numeric) come as text.
  const found = await rows<{ place_id: string; projects: string; hours: string; volunteers: string }>(
    db,
    `SELECT t.place_id, count(DISTINCT t.project_id) AS projects, coalesce(sum(h.hours), 0) AS hours,
            count(DISTINCT h.volunteer_id) FILTER (WHERE h.hours > 0) AS volunteers
       FROM project_tag t LEFT JOIN service_hours h ON h.project_id = t.project_id
      WHERE t.place_id = ANY($1) GROUP BY t.place_id`,
    [wellFormedIds(ids)],
  );
  return found.map((r) => ({
    placeId: r.place_id,
    projectCount: Number(r.projects),
    confirmedHours: Number(r.hours),
    volunteerCount: Number(r.volunteers),
  }));
}

/** Demo places, inserted where absent. */
export async function seedPlaces(db: Db, places: PlaceRow[]): Promise<void> {
  await exec(
    db,
    `INSERT INTO place (id, name, town, kind) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT DO NOTHING`,
    [places.map((p) => p.id), places.map((p) => p.name), places.map((p) => p.town), places.map((p) => p.kind)],
  );
}
