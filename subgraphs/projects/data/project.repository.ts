import type { DataSource, EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { columnsOf, entities, maybeEntity, maybeOne, oneEntity, rows, type Db } from '../../kit/runtime/sql';
import { ProjectEntity } from './project.entity';
import { WAS_PUBLISHED_SQL } from '../rules/access';

/**
 * The project row's columns as the entity has them, for every statement that returns projects: `*` would also ship
 * search_text and search_grams (about 1 kB of grams a row), which nothing reads back.
 */
const projectColumns = (db: Db) => columnsOf(db, ProjectEntity);

export function projectsByIds(db: DataSource, ids: readonly string[]): Promise<ProjectEntity[]> {
  return entities(db, ProjectEntity, `SELECT ${projectColumns(db)} FROM project WHERE id = ANY($1)`, [
    wellFormedIds(ids),
  ]);
}

export function projectsByNeeds(db: DataSource, needIds: readonly string[]): Promise<ProjectEntity[]> {
  return entities(db, ProjectEntity, `SELECT ${projectColumns(db)} FROM project WHERE need_id = ANY($1)`, [
    wellFormedIds(needIds),
  ]);
}

/** A project locked for the rest of the transaction, so concurrent edits and sign-ups see one state. */
export function lockProject(m: EntityManager, id: string): Promise<ProjectEntity | null> {
  return maybeEntity(m, ProjectEntity, `SELECT ${projectColumns(m)} FROM project WHERE id = $1 FOR UPDATE`, [id]);
}

/** The organization that publishes a project; null when there is no such project. */
export async function organizationOfProject(m: EntityManager, projectId: string): Promise<string | null> {
  const row = await maybeOne<{ organization_id: string }>(m, 'SELECT organization_id FROM project WHERE id = $1', [
    projectId,
  ]);
  return row?.organization_id ?? null;
}

/** The organization and district of a project, for facts announced about its sign-ups. */
export function placeOfProject(
  m: EntityManager,
  projectId: string,
): Promise<{ organization_id: string; district_code: string } | null> {
  return maybeOne(m, 'SELECT organization_id, district_code FROM project WHERE id = $1', [projectId]);
}

/** What sign-up checks about a project, read after the shift's lock so a close committed meanwhile is seen. */
export function signupFactsOfProject(
  m: EntityManager,
  projectId: string,
): Promise<{
  status: string;
  title: string;
  min_age: number | null;
  required_skills: string[];
  required_course_code: string | null;
} | null> {
  return maybeOne(
    m,
    'SELECT status, title, min_age, required_skills, required_course_code FROM project WHERE id = $1',
    [projectId],
  );
}

export async function projectTitle(m: EntityManager, projectId: string): Promise<string | null> {
  const row = await maybeOne<{ title: string }>(m, 'SELECT title FROM project WHERE id = $1', [projectId]);
  return row?.title ?? null;
}

/** Titles of many projects by id, in one statement (a bulk review names several projects). */
export async function projectTitles(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await rows<{ id: string; title: string }>(m, 'SELECT id, title FROM project WHERE id = ANY($1)', [
    [...new Set(ids)],
  ]);
  return new Map(found.map((r) => [r.id, r.title]));
}

/** The project a share link names; share links are for projects that were published (never for drafts). */
export async function projectIdByShareCode(db: DataSource, code: string): Promise<string | null> {
  const row = await maybeOne<{ id: string }>(
    db,
    `SELECT id FROM project p WHERE share_code = $1 AND ${WAS_PUBLISHED_SQL('p')}`,
    [code],
  );
  return row?.id ?? null;
}

/** The first `perOrganization` projects of each organization, in one statement. */
export function projectsOfOrganizations(
  db: DataSource,
  orgIds: readonly string[],
  perOrganization: number,
): Promise<ProjectEntity[]> {
  // The ranking reads each row anyway, so it returns the rows themselves (`n` is no entity column: left out).
  return entities(
    db,
    ProjectEntity,
    `SELECT * FROM (
       SELECT ${columnsOf(db, ProjectEntity, 'p')},
              row_number() OVER (PARTITION BY organization_id ORDER BY starts_on, id) AS n
         FROM project p WHERE organization_id = ANY($1) AND ${WAS_PUBLISHED_SQL('p')}
     ) r WHERE n <= $2 ORDER BY starts_on, id`,
    [wellFormedIds(orgIds), perOrganization],
  );
}

export function countsBy(
  db: DataSource,
  column: 'organization_id' | 'district_code',
  keys: readonly string[],
): Promise<{ key: string; count: string }[]> {
  const usable = column === 'organization_id' ? wellFormedIds(keys) : [...keys];
  return rows(
    db,
    `SELECT ${column} AS key, count(*) AS count FROM project
      WHERE ${column} = ANY($1) AND status = 'PUBLISHED' GROUP BY ${column}`,
    [usable],
  );
}

/** The fields a new draft is written with; text left out is empty, skills none, risk LOW (the columns' defaults). */
export type NewProject = Omit<
  ProjectEntity,
  'id' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'cancelReason' | 'needId'
>;

export function insertProject(m: EntityManager, p: NewProject): Promise<ProjectEntity> {
  return oneEntity(
    m,
    ProjectEntity,
    `INSERT INTO project (title, description, status, organization_id, district_code, category_code, subcategory_code,
       address, latitude, longitude, contact_name, contact_phone, min_age, required_skills, risk_level, insurer,
       insurance_policy_no, insurance_covers_from, insurance_covers_until, share_code, cover_image_url, starts_on,
       ends_on, required_course_code, insurance_program_id, campaign_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
       $24, $25, $26)
     RETURNING ${projectColumns(m)}`,
    [
      p.title,
      p.description ?? '',
      p.status,
      p.organizationId,
      p.districtCode,
      p.categoryCode ?? null,
      p.subcategoryCode ?? null,
      p.address ?? '',
      p.latitude ?? null,
      p.longitude ?? null,
      p.contactName ?? '',
      p.contactPhone ?? '',
      p.minAge ?? null,
      p.requiredSkills ?? [],
      p.riskLevel ?? 'LOW',
      p.insurer ?? null,
      p.insurancePolicyNo ?? null,
      p.insuranceCoversFrom ?? null,
      p.insuranceCoversUntil ?? null,
      p.shareCode,
      p.coverImageUrl ?? null,
      p.startsOn,
      p.endsOn,
      p.requiredCourseCode ?? null,
      p.insuranceProgramId ?? null,
      p.campaignCode ?? null,
    ],
  );
}

/** Writes a locked project back whole (every column but its id, organization, need, share code and creation). */
export function updateProjectRow(m: EntityManager, p: ProjectEntity): Promise<ProjectEntity> {
  return oneEntity(
    m,
    ProjectEntity,
    `UPDATE project SET title = $2, description = $3, status = $4, district_code = $5, category_code = $6,
       subcategory_code = $7, address = $8, latitude = $9, longitude = $10, contact_name = $11, contact_phone = $12,
       min_age = $13, required_skills = $14, risk_level = $15, insurer = $16, insurance_policy_no = $17,
       insurance_covers_from = $18, insurance_covers_until = $19, cover_image_url = $20, published_at = $21,
       cancel_reason = $22, starts_on = $23, ends_on = $24, updated_at = $25, required_course_code = $26,
       insurance_program_id = $27, campaign_code = $28
     WHERE id = $1 RETURNING ${projectColumns(m)}`,
    [
      p.id,
      p.title,
      p.description,
      p.status,
      p.districtCode,
      p.categoryCode,
      p.subcategoryCode,
      p.address,
      p.latitude,
      p.longitude,
      p.contactName,
      p.contactPhone,
      p.minAge,
      p.requiredSkills,
      p.riskLevel,
      p.insurer,
      p.insurancePolicyNo,
      p.insuranceCoversFrom,
      p.insuranceCoversUntil,
      p.coverImageUrl,
      p.publishedAt,
      p.cancelReason,
      p.startsOn,
      p.endsOn,
      p.updatedAt,
      p.requiredCourseCode,
      p.insuranceProgramId,
      p.campaignCode,
    ],
  );
}

/** What a converted need brings to its draft project. */
export interface DraftFromNeed {
  needId: string;
  organizationId: string;
  districtCode: string;
  title: string;
  description: string;
  categoryCode: string | null;
  address: string;
  startsOn: string;
  endsOn: string;
  shareCode: string;
}

/** The draft project of a converted need, or null when the need was converted before (its id is unique). */
export async function insertDraftFromNeed(m: EntityManager, d: DraftFromNeed): Promise<string | null> {
  const row = await maybeOne<{ id: string }>(
    m,
    `INSERT INTO project (title, description, status, organization_id, district_code, category_code, address,
     starts_on, ends_on, need_id, share_code)
     VALUES ($1, $2, 'DRAFT', $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (need_id) DO NOTHING RETURNING id`,
    [
      d.title,
      d.description,
      d.organizationId,
      d.districtCode,
      d.categoryCode,
      d.address,
      d.startsOn,
      d.endsOn,
      d.needId,
      d.shareCode,
    ],
  );
  return row?.id ?? null;
}
