import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, one, rows, type Db } from '../../kit/runtime/sql';

export type Theme = 'AGRICULTURE' | 'ELDERLY_LEFT_BEHIND' | 'CHILDREN_LEFT_BEHIND' | 'HERITAGE';

export interface TagRow {
  projectId: string;
  placeId: string;
  theme: Theme;
  taggedAt: Date;
}

const TAG_COLUMNS = 'project_id AS "projectId", place_id AS "placeId", theme, tagged_at AS "taggedAt"';

export function tagsOfProjects(db: Db, projectIds: readonly string[]): Promise<TagRow[]> {
  return rows(db, `SELECT ${TAG_COLUMNS} FROM project_tag WHERE project_id = ANY($1)`, [wellFormedIds(projectIds)]);
}

export interface TagPageKey {
  placeId: string;
  /** The last (taggedAt, projectId) seen, or null for the first page. */
  after: [string, string] | null;
}

/**
 * One page of tags for each of many places in one statement (LATERAL), newest first, `limit` rows per place:
 * a page of places with their projects costs one statement, not one per place.
 */
export async function tagPages(
  db: Db,
  keys: readonly TagPageKey[],
  theme: Theme | null,
  limit: number,
): Promise<(TagRow & { ord: number })[]> {
  // WITH ORDINALITY numbers are bigint, which pg hands over as text.
  const found = await rows<TagRow & { ord: string }>(
    db,
    `SELECT k.ord, t.project_id AS "projectId", t.place_id AS "placeId", t.theme, t.tagged_at AS "taggedAt"
       FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) WITH ORDINALITY AS k(place_id, after_at, after_id, ord)
       CROSS JOIN LATERAL (
         SELECT * FROM project_tag t
          WHERE t.place_id = k.place_id AND ($4::text IS NULL OR t.theme = $4)
            AND (k.after_at IS NULL OR (t.tagged_at, t.project_id) < (k.after_at, k.after_id))
          ORDER BY t.tagged_at DESC, t.project_id DESC LIMIT $5
       ) t
      ORDER BY k.ord, t.tagged_at DESC, t.project_id DESC`,
    [
      keys.map((k) => k.placeId),
      keys.map((k) => k.after?.[0] ?? null),
      keys.map((k) => k.after?.[1] ?? null),
      theme,
      limit,
    ],
  );
  return found.map((r) => ({ ...r, ord: Number(r.ord) }));
}

/** Sets a project's tag, replacing any earlier one. */
export function upsertTag(
  db: Db,
  tag: { projectId: string; placeId: string; theme: Theme; taggedBy: string },
): Promise<TagRow> {
  return one(
    db,
    `INSERT INTO project_tag (project_id, place_id, theme, tagged_by, tagged_at)
     VALUES ($1, $2, $3, $4, date_trunc('milliseconds', clock_timestamp()))
     ON CONFLICT (project_id) DO UPDATE SET place_id = $2, theme = $3, tagged_by = $4,
     tagged_at = date_trunc('milliseconds', clock_timestamp())
     RETURNING ${TAG_COLUMNS}`,
    [tag.projectId, tag.placeId, tag.theme, tag.taggedBy],
  );
}

export async function deleteTag(db: Db, projectId: string): Promise<boolean> {
  return (await exec(db, 'DELETE FROM project_tag WHERE project_id = $1', [projectId])) > 0;
}

export async function seedTags(db: Db, tags: { projectId: string; placeId: string; theme: string }[]): Promise<void> {
  for (const t of tags) {
    await exec(
      db,
      `INSERT INTO project_tag (project_id, place_id, theme, tagged_by) VALUES ($1, $2, $3, 'demo')
       ON CONFLICT DO NOTHING`,
      [t.projectId, t.placeId, t.theme],
    );
  }
}
