import type { DataSource } from 'typeorm';
import { columnsOf, hydrate, rows } from '../../kit/runtime/sql';
import { ProjectEntity } from './project.entity';

/**
 * Whose projects an organizer console lists, every status, drafts included: one organization's, or (for a district's
 * admins) those made from needs converted in the district.
 */
export type ConsoleScope = { organizationId: string } | { convertedIn: string };

export type ProjectStatusName = 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'CANCELLED';

function scopeWhere(scope: ConsoleScope, params: unknown[]): string {
  if ('organizationId' in scope) return `p.organization_id = $${params.push(scope.organizationId)}`;
  return `p.need_id IS NOT NULL AND p.district_code = $${params.push(scope.convertedIn)}`;
}

/** Newest first; the creation time as the database has it, to the microsecond, so no row is skipped. */
const KEY = `to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** One page of the console, newest first, after `after` (its creation time and id): one statement. */
export async function consolePage(
  db: DataSource,
  scope: ConsoleScope,
  status: ProjectStatusName | null,
  limit: number,
  after: [string, string] | null,
): Promise<{ project: ProjectEntity; key: string[] }[]> {
  const params: unknown[] = [];
  const where = [scopeWhere(scope, params)];
  if (status) where.push(`p.status = $${params.push(status)}`);
  if (after) where.push(`(p.created_at, p.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])})`);
  const found = await rows<Record<string, unknown> & { console_key: string; id: string }>(
    db,
    `SELECT ${columnsOf(db, ProjectEntity, 'p')}, ${KEY} AS console_key FROM project p WHERE ${where.join(' AND ')}
      ORDER BY p.created_at DESC, p.id DESC LIMIT $${params.push(limit)}`,
    params,
  );
  return found.map((r) => ({ project: hydrate(db, ProjectEntity, r), key: [r.console_key, r.id] }));
}

/** How many projects of each status the scope holds: one statement. */
export async function consoleCounts(db: DataSource, scope: ConsoleScope): Promise<Record<ProjectStatusName, number>> {
  const params: unknown[] = [];
  const found = await rows<{ status: ProjectStatusName; n: number }>(
    db,
    `SELECT p.status, count(*)::int AS n FROM project p WHERE ${scopeWhere(scope, params)} GROUP BY p.status`,
    params,
  );
  const counts = { DRAFT: 0, PUBLISHED: 0, CLOSED: 0, CANCELLED: 0 };
  for (const r of found) counts[r.status] = r.n;
  return counts;
}
