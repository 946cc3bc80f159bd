import type { DataSource } from 'typeorm';
import { one, rows } from '../../kit/runtime/sql';
import type { ProjectEntity } from './project.entity';
import { WAS_PUBLISHED_SQL } from '../rules/access';
import { projectsByIds } from './project.repository';
import { taxonomyNamedBy } from './taxonomy';

/** A point and a radius; projects without coordinates are never within one. */
export interface Near {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

export interface SearchFilter {
  districts?: string[];
  categoryCode?: string;
  subcategoryCode?: string;
  from?: string;
  to?: string;
  /** Lower-cased words of 1 to 50 characters in all; a project must match every one. */
  keywords?: string[];
  status: string;
  hasFreePlaces?: boolean;
  skills?: string[];
  near?: Near;
}

export type SearchSort = 'START_TIME' | 'NEWEST' | 'DISTANCE';

/** Mean Earth radius (IUGG), km; kilometres per degree of latitude follow from it. */
const EARTH_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_KM) / 180;

/** Escapes LIKE wildcards so a keyword matches literally. */
const likePattern = (k: string) => `%${k.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Param = (v: unknown) => string;

/**
 * SQL matching a lower-cased text column against a word through an index: the pair/character index for words of
 * one or two characters (trigrams cannot narrow those), the trigram index for longer ones.
 */
function wordMatcher(word: string, param: Param): (column: string) => string {
  if ([...word].length <= 2) {
    const k = param(word);
    return (column) => `short_grams(${column}) @> ARRAY[${k}::text]`;
  }
  const pattern = param(likePattern(word));
  return (column) => `${column} LIKE ${pattern}`;
}

/**
 * Ids of projects one word finds: in the title or description, the organization's name, or the name of the
 * category or subcategory (环保 finds 环境保护 projects; matched in memory, so only codes reach SQL). A union
 * rather than OR: each branch can then use its own index (an OR with a subquery cannot).
 */
function wordFinds(word: string, p: Param): string {
  const match = wordMatcher(word, p);
  const branches = [
    `SELECT t.id FROM project t WHERE ${match('t.search_text')}`,
    `SELECT b.id FROM project b JOIN organization_standing o ON o.organization_id = b.organization_id
     WHERE ${match('o.search_name')}`,
  ];
  const named = taxonomyNamedBy(word);
  if (named.categories.length)
    branches.push(`SELECT c.id FROM project c WHERE c.category_code = ANY(${p(named.categories)})`);
  if (named.subcategories.length)
    branches.push(`SELECT s.id FROM project s WHERE s.subcategory_code = ANY(${p(named.subcategories)})`);
  return `p.id IN (${branches.join(' UNION ')})`;
}

/**
 * Great-circle distance in km from a point to each project (haversine with PostgreSQL's built-in degree
 * functions: no extension needed on any server version we run).
 */
function distanceSql(near: Near, p: Param): string {
  const [lat, lng] = [p(near.latitude), p(near.longitude)];
  return `(2 * ${EARTH_KM} * asin(least(1, sqrt(power(sind((p.latitude::float8 - ${lat}::float8) / 2), 2)
    + cosd(${lat}::float8) * cosd(p.latitude::float8) * power(sind((p.longitude::float8 - ${lng}::float8) / 2), 2)))))`;
}

/**
 * The box around the circle, for the GiST index on each project's point; it spans every longitude when the
 * circle reaches a pole or the antimeridian (never in Chengdu, but then it is still right).
 */
function boundingBox(near: Near): [number, number, number, number] {
  const dLat = near.radiusKm / KM_PER_DEGREE;
  const [south, north] = [near.latitude - dLat, near.latitude + dLat];
  const cos = Math.cos((near.latitude * Math.PI) / 180);
  const dLng = cos > 1e-6 ? near.radiusKm / (KM_PER_DEGREE * cos) : 360;
  const wraps = south < -90 || north > 90 || near.longitude - dLng < -180 || near.longitude + dLng > 180;
  return wraps
    ? [-180, Math.max(south, -90), 180, Math.min(north, 90)]
    : [near.longitude - dLng, south, near.longitude + dLng, north];
}

/** The conditions of a filter, shared by the page and its count. */
function whereOf(f: SearchFilter, p: Param, distance: string | null): string[] {
  const where = [`p.status = ${p(f.status)}`];
  // Cancelled projects are listed only if they were ever public: a draft cancelled unpublished stays private.
  if (f.status === 'CANCELLED') where.push(WAS_PUBLISHED_SQL('p'));
  if (f.districts?.length) where.push(`p.district_code = ANY(${p(f.districts)})`);
  if (f.categoryCode) where.push(`p.category_code = ${p(f.categoryCode)}`);
  if (f.subcategoryCode) where.push(`p.subcategory_code = ${p(f.subcategoryCode)}`);
  if (f.from) where.push(`p.ends_on >= ${p(f.from)}`);
  if (f.to) where.push(`p.starts_on <= ${p(f.to)}`);
  if (f.skills) where.push(`p.required_skills <@ ${p(f.skills)}::text[]`);
  for (const word of f.keywords ?? []) where.push(wordFinds(word, p));
  if (f.hasFreePlaces !== undefined) {
    where.push(
      `${f.hasFreePlaces ? '' : 'NOT '}EXISTS (SELECT 1 FROM shift s WHERE s.project_id = p.id AND s.starts_at > now()
       AND s.signed_up < s.capacity)`,
    );
  }
  if (f.near && distance) {
    const [west, south, east, north] = boundingBox(f.near).map(p);
    where.push(
      `point(p.longitude::float8, p.latitude::float8) <@ box(point(${west}, ${south}), point(${east}, ${north}))`,
    );
    where.push(`${distance} <= ${p(f.near.radiusKm)}`);
  }
  return where;
}

export interface SearchHit {
  project: ProjectEntity;
  /** Sort key and id; the creation time as the database has it, to the microsecond, so no row is skipped. */
  key: string[];
  /** Kilometres from `near`, when the filter has one. */
  distanceKm: number | null;
}

/** The statement that finds one page of ids and sort keys (exported so a test can EXPLAIN exactly it). */
export function searchSql(
  f: SearchFilter,
  sort: SearchSort,
  limit: number,
  after: (string | number)[] | null,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const distance = f.near ? distanceSql(f.near, p) : null;
  const where = whereOf(f, p, distance);
  let order: string;
  let key: string;
  if (sort === 'DISTANCE') {
    if (!distance) throw new Error('DISTANCE needs a point'); // the resolver refuses it first
    if (after) where.push(`(${distance}, p.id) > (${p(after[0])}::float8, ${p(after[1])}::uuid)`);
    order = `${distance}, p.id`;
    key = `${distance}::text`;
  } else if (sort === 'NEWEST') {
    if (after) where.push(`(p.created_at, p.id) < (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    order = 'p.created_at DESC, p.id DESC';
    key = `to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  } else {
    if (after) where.push(`(p.starts_on, p.id) > (${p(after[0])}::date, ${p(after[1])}::uuid)`);
    order = 'p.starts_on, p.id';
    key = `to_char(p.starts_on, 'YYYY-MM-DD')`;
  }
  const km = distance ? `, ${distance} AS km` : '';
  return {
    sql: `SELECT p.id, ${key} AS k${km} FROM project p WHERE ${where.join(' AND ')} ORDER BY ${order}
          LIMIT ${p(limit)}`,
    params,
  };
}

/** One page of matching projects after `after`: ids and sort keys first, then the rows, so two statements. */
export async function searchProjects(
  db: DataSource,
  f: SearchFilter,
  sort: SearchSort,
  limit: number,
  after: (string | number)[] | null,
): Promise<SearchHit[]> {
  const { sql, params } = searchSql(f, sort, limit, after);
  // km is float8, which pg hands over as a number.
  const keys = await rows<{ id: string; k: string; km?: number }>(db, sql, params);
  if (keys.length === 0) return [];
  const byId = new Map(
    (
      await projectsByIds(
        db,
        keys.map((k) => k.id),
      )
    ).map((r) => [r.id, r]),
  );
  return keys.map((k) => ({ project: byId.get(k.id)!, key: [k.k, k.id], distanceKm: k.km ?? null }));
}

/** How many projects match the filter over all pages: one statement, run only when a client asks. */
export async function countProjects(db: DataSource, f: SearchFilter): Promise<number> {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where = whereOf(f, p, f.near ? distanceSql(f.near, p) : null);
  const { n } = await one<{ n: number }>(
    db,
    `SELECT count(*)::int AS n FROM project p WHERE ${where.join(' AND ')}`,
    params,
  );
  return n;
}
