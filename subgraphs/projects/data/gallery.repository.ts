import type { DataSource, EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { maybeOne, one, rows } from '../../kit/runtime/sql';

export interface PhotoRow {
  id: string;
  projectId: string;
  imageUrl: string;
  caption: string;
  takenAt: Date | null;
  takenBy: string;
  hidden: boolean;
  createdAt: Date;
}

const COLUMNS = `id, project_id AS "projectId", image_url AS "imageUrl", caption, taken_at AS "takenAt",
  taken_by AS "takenBy", hidden, created_at AS "createdAt"`;

/** The newest `perProject` photos of many projects in one statement; hidden ones only when `withHidden`. */
export function photosOfProjects(
  db: DataSource,
  projectIds: readonly string[],
  perProject: number,
  withHidden: boolean,
): Promise<PhotoRow[]> {
  return rows(
    db,
    `SELECT ${COLUMNS} FROM (
       SELECT *, row_number() OVER (PARTITION BY project_id ORDER BY created_at DESC, id DESC) AS n
         FROM project_photo WHERE project_id = ANY($1) AND ($3 OR NOT hidden)
     ) p WHERE n <= $2 ORDER BY created_at DESC, id DESC`,
    [wellFormedIds(projectIds), perProject, withHidden],
  );
}

export function insertPhoto(
  m: EntityManager,
  p: Omit<PhotoRow, 'id' | 'hidden' | 'createdAt'> & { addedBy: string },
): Promise<PhotoRow> {
  return one(
    m,
    `INSERT INTO project_photo (project_id, image_url, caption, taken_at, taken_by, added_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
    [p.projectId, p.imageUrl, p.caption, p.takenAt, p.takenBy, p.addedBy],
  );
}

export function photoWithOrganization(
  m: EntityManager,
  id: string,
): Promise<(PhotoRow & { organizationId: string }) | null> {
  return maybeOne(
    m,
    `SELECT ${COLUMNS.replace(/(^|, )(\w+)/g, '$1ph.$2')}, p.organization_id AS "organizationId"
       FROM project_photo ph JOIN project p ON p.id = ph.project_id WHERE ph.id = $1 FOR UPDATE OF ph`,
    [id],
  );
}

/** The caller holds the photo's row (`photoWithOrganization`), so the UPDATE finds it. */
export function setPhotoHidden(m: EntityManager, id: string, hidden: boolean): Promise<PhotoRow> {
  return one(m, `UPDATE project_photo SET hidden = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [id, hidden]);
}
