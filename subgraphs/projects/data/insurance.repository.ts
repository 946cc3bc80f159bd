import type { DataSource, EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/** An insurance program as stored (issue 17.3). */
export interface ProgramRow {
  id: string;
  prefix: string;
  name: string;
  insurer: string;
  cover: string;
  maxPayout: number;
  quota: number;
  enrolled: number;
  startsOn: string;
  endsOn: string;
  categoryCodes: string[];
  campaignCodes: string[];
  coversMajorEvents: boolean;
  createdAt: Date;
}

const PROGRAM_COLUMNS = `id, prefix, name, insurer, cover, max_payout::float8 AS "maxPayout", quota, enrolled,
  to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn",
  category_codes AS "categoryCodes", campaign_codes AS "campaignCodes", covers_major_events AS "coversMajorEvents",
  created_at AS "createdAt"`;

export type NewProgram = Omit<ProgramRow, 'id' | 'enrolled' | 'createdAt'> & { createdBy: string };

/** Records a program; null when its policy-number prefix is taken. */
export function insertProgram(db: Db, p: NewProgram): Promise<ProgramRow | null> {
  return maybeOne<ProgramRow>(
    db,
    `INSERT INTO insurance_program (prefix, name, insurer, cover, max_payout, quota, starts_on, ends_on,
       category_codes, campaign_codes, covers_major_events, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (prefix) DO NOTHING RETURNING ${PROGRAM_COLUMNS}`,
    [
      p.prefix,
      p.name,
      p.insurer,
      p.cover,
      p.maxPayout,
      p.quota,
      p.startsOn,
      p.endsOn,
      p.categoryCodes,
      p.campaignCodes,
      p.coversMajorEvents,
      p.createdBy,
    ],
  );
}

/** Every program, the latest period first (a city runs a handful a year). */
export function allPrograms(db: DataSource): Promise<ProgramRow[]> {
  return rows(db, `SELECT ${PROGRAM_COLUMNS} FROM insurance_program ORDER BY starts_on DESC, id LIMIT 500`);
}

export function programsByIds(db: Db, ids: readonly string[]): Promise<ProgramRow[]> {
  return rows(db, `SELECT ${PROGRAM_COLUMNS} FROM insurance_program WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

/**
 * Programs enrolling volunteers placed on a project's shift of day `day`: the program the project names as its
 * cover, and those covering its category or campaign, whose period holds the day. In id order, the order their rows
 * are locked in, so two enrolling transactions never wait on each other in a cycle.
 */
export async function programsForProjectDay(m: EntityManager, projectId: string, day: string): Promise<string[]> {
  const found = await rows<{ id: string }>(
    m,
    `SELECT g.id FROM insurance_program g JOIN project p ON p.id = $1
      WHERE g.starts_on <= $2 AND g.ends_on >= $2
        AND (g.id = p.insurance_program_id OR p.category_code = ANY(g.category_codes)
             OR p.campaign_code = ANY(g.campaign_codes))
      ORDER BY g.id`,
    [projectId, day],
  );
  return found.map((r) => r.id);
}

/** Programs enrolling volunteers deployed to major-event work on `day` (of `campaignCode`, if any), in id order. */
export async function programsForEventDay(m: EntityManager, campaignCode: string | null, day: string) {
  const found = await rows<{ id: string }>(
    m,
    `SELECT id FROM insurance_program
      WHERE starts_on <= $2 AND ends_on >= $2 AND (covers_major_events OR $1::text = ANY(campaign_codes))
      ORDER BY id`,
    [campaignCode, day],
  );
  return found.map((r) => r.id);
}

/** Locks a program's row: every enrolment in it queues here, so its count is read and raised by one at a time. */
export function lockProgram(
  m: EntityManager,
  id: string,
): Promise<{ prefix: string; quota: number; enrolled: number }> {
  return one(m, 'SELECT prefix, quota, enrolled FROM insurance_program WHERE id = $1 FOR UPDATE', [id]);
}

export async function hasPolicy(m: EntityManager, programId: string, volunteerId: string): Promise<boolean> {
  return !!(await maybeOne(m, 'SELECT 1 AS x FROM insurance_policy WHERE program_id = $1 AND volunteer_id = $2', [
    programId,
    volunteerId,
  ]));
}

/**
 * Issues the next policy of a program locked by the caller: the count goes up by one (the CHECK refuses passing the
 * quota, should a caller forget to look) and the policy is numbered with the prefix and that count.
 */
export async function issuePolicy(
  m: EntityManager,
  programId: string,
  volunteerId: string,
  via: { projectId?: string; deploymentId?: string },
): Promise<string> {
  const { policyNumber } = await one<{ policyNumber: string }>(
    m,
    `WITH counted AS (
       UPDATE insurance_program SET enrolled = enrolled + 1 WHERE id = $1 RETURNING prefix, enrolled
     )
     INSERT INTO insurance_policy (program_id, volunteer_id, policy_number, project_id, deployment_id)
     SELECT $1, $2, prefix || '-' || lpad(enrolled::text, 6, '0'), $3, $4 FROM counted
     RETURNING policy_number AS "policyNumber"`,
    [programId, volunteerId, via.projectId ?? null, via.deploymentId ?? null],
  );
  return policyNumber;
}

/** A policy held by a volunteer, with its program's facts. */
export interface PolicyRow {
  id: string;
  volunteerId: string;
  policyNumber: string;
  programId: string;
  projectId: string | null;
  enrolledAt: Date;
}

/** The policies of many volunteers, newest first. */
export function policiesOfVolunteers(db: DataSource, volunteerIds: readonly string[]): Promise<PolicyRow[]> {
  return rows(
    db,
    `SELECT id, volunteer_id AS "volunteerId", policy_number AS "policyNumber", program_id AS "programId",
            project_id AS "projectId", enrolled_at AS "enrolledAt"
       FROM insurance_policy WHERE volunteer_id = ANY($1) ORDER BY enrolled_at DESC, id`,
    [wellFormedIds(volunteerIds)],
  );
}

/** What enrolment needs of a project: is the program it names its only cover for risky work? */
export function coverOfProject(
  m: EntityManager,
  projectId: string,
): Promise<{ programId: string | null; programIsCover: boolean }> {
  return one(
    m,
    `SELECT insurance_program_id AS "programId",
            risk_level <> 'LOW' AND insurance_program_id IS NOT NULL
              AND NOT coalesce(insurer IS NOT NULL AND insurance_covers_from <= starts_on
                               AND insurance_covers_until >= ends_on, false) AS "programIsCover"
       FROM project WHERE id = $1`,
    [projectId],
  );
}

/** Distinct volunteers holding a live sign-up on a project, with their earliest shift's day (Beijing). */
export function liveVolunteersOfProject(m: EntityManager, projectId: string) {
  return rows<{ volunteerId: string; day: string }>(
    m,
    `SELECT s.volunteer_id AS "volunteerId",
            to_char(min(sh.starts_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day
       FROM signup s JOIN shift sh ON sh.id = s.shift_id
      WHERE s.project_id = $1 AND s.status <> 'CANCELLED' GROUP BY 1 ORDER BY 1`,
    [projectId],
  );
}
