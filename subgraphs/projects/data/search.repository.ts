import type { DataSource } from 'typeorm';
import type { ProjectEntity } from './project.entity';
import { WAS_PUBLISHED_SQL } from '../rules/access';
import { projectsByIds } from './project.repository';

export interface SearchFilter {
  districts?: string[];
  categoryCode?: string;
  subcategoryCode?: string;
  from?: string;
  to?: string;
  /** Lower-cased and trimmed, 1 to 50 characters. */
  keyword?: string;
  status: string;
  hasFreePlaces?: boolean;
  skills?: string[];
}

export type SearchSort = 'START_TIME' | 'NEWEST';

/** Escapes LIKE wildcards so a keyword matches literally. */
const likePattern = (k: string) => `%${k.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * SQL matching a lower-cased text column against the keyword through an index: the pair/character index for
 * keywords of one or two characters (trigrams cannot narrow those), the trigram index for longer ones.
 */
function keywordMatcher(keyword: string, param: (v: unknown) => string): (column: string) => string {
  if (keyword.length <= 2) {
    const k = param(keyword);
    return (column) => `short_grams(${column}) @> ARRAY[${k}::text]`;
  }
  const pattern = param(likePattern(keyword));
  return (column) => `${column} LIKE ${pattern}`;
}

export interface SearchHit {
  project: ProjectEntity;
  /** Sort key and id; the creation time as the database has it, to the microsecond, so no row is skipped. */
  key: string[];
}

/** The statement that finds one page of ids and sort keys (exported so a test can EXPLAIN exactly it). */
export function searchSql(f: SearchFilter, sort: SearchSort, limit: number, after: (string | number)[] | null): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where = [`p.status = ${p(f.status)}`];
  // Cancelled projects are listed only if they were ever public: a draft cancelled unpublished stays private.
  if (f.status === 'CANCELLED') where.push(WAS_PUBLISHED_SQL('p'));
  if (f.districts?.length) where.push(`p.district_code = ANY(${p(f.districts)})`);
  if (f.categoryCode) where.push(`p.category_code = ${p(f.categoryCode)}`);
  if (f.subcategoryCode) where.push(`p.subcategory_code = ${p(f.subcategoryCode)}`);
  if (f.from) where.push(`p.ends_on >= ${p(f.from)}`);
  if (f.to) where.push(`p.starts_on <= ${p(f.to)}`);
  if (f.skills) where.push(`p.required_skills <@ ${p(f.skills)}::text[]`);
  if (f.keyword) {
    const match = keywordMatcher(f.keyword, p);
    // A union rather than OR: each branch can then use its own index (an OR with a subquery cannot).
    where.push(`p.id IN (SELECT t.id FROM project t WHERE ${match('t.search_text')}
      UNION SELECT b.id FROM project b JOIN organization_standing o ON o.organization_id = b.organization_id WHERE ${match('o.search_name')})`);
  }
  if (f.hasFreePlaces !== undefined) {
    where.push(`${f.hasFreePlaces ? '' : 'NOT '}EXISTS (SELECT 1 FROM shift s WHERE s.project_id = p.id AND s.starts_at > now() AND s.signed_up < s.capacity)`);
  }
  let order: string;
  if (sort === 'NEWEST') {
    if (after) where.push(`(p.created_at, p.id) < (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    order = 'p.created_at DESC, p.id DESC';
  } else {
    if (after) where.push(`(p.starts_on, p.id) > (${p(after[0])}::date, ${p(after[1])}::uuid)`);
    order = 'p.starts_on, p.id';
  }
  const key = sort === 'NEWEST' ? `to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : `to_char(p.starts_on, 'YYYY-MM-DD')`;
  return { sql: `SELECT p.id, ${key} AS k FROM project p WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${p(limit)}`, params };
}

/** One page of matching projects after `after`: ids and sort keys first, then the rows, so two statements. */
export async function searchProjects(db: DataSource, f: SearchFilter, sort: SearchSort, limit: number, after: (string | number)[] | null): Promise<SearchHit[]> {
  const { sql, params } = searchSql(f, sort, limit, after);
  const keys: { id: string; k: string }[] = await db.query(sql, params);
  if (keys.length === 0) return [];
  const rows = new Map((await projectsByIds(db, keys.map((k) => k.id))).map((r) => [r.id, r]));
  return keys.map((k) => ({ project: rows.get(k.id)!, key: [k.k, k.id] }));
}
