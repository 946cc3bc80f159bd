import type { DataSource } from 'typeorm';
import { columnsOf, hydrate, one, rows } from '../../kit/runtime/sql';
import { ProjectEntity } from './project.entity';
import { WAS_PUBLISHED_SQL } from '../rules/access';
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
 * SQL matching a word against a lower-cased text through an index: the stored array of its single characters and
 * character pairs (`search_grams`, see the SearchGrams migration) for words of one or two characters, which trigrams
 * cannot narrow, the trigram index on the text for longer ones. Both are exact: a word of one or two characters is in
 * a text exactly when it is one of its grams.
 */
function wordMatcher(word: string, param: Param): (table: string, text: string) => string {
  if ([...word].length <= 2) {
    const k = param([word]);
    return (table) => `${table}.search_grams @> ${k}::text[]`;
  }
  const pattern = param(likePattern(word));
  return (table, text) => `${table}.${text} LIKE ${pattern}`;
}

/**
 * What one word finds: projects with it in the title or description, those of an organization with it in its name,
 * and those of a category or subcategory it names (环保 finds 环境保护 projects; matched in memory, so only codes
 * reach SQL). One OR over columns of the project row, the organizations' ids coming from a one-off subquery (an
 * InitPlan): the planner can then either walk projects in the page's order testing each row (a common word fills
 * a page within a few dozen rows) or OR together the indexes of the four (a rare word), as the statistics of each
 * part tell it. (A union of four id lists, which this replaced, had to be built whole before the first row.)
 */
function wordFinds(word: string, p: Param): string {
  const match = wordMatcher(word, p);
  const organizations = `SELECT o.organization_id FROM organization_standing o WHERE ${match('o', 'search_name')}`;
  const branches = [match('p', 'search_text'), `p.organization_id = ANY(ARRAY(${organizations}))`];
  const named = taxonomyNamedBy(word);
  if (named.categories.length) branches.push(`p.category_code = ANY(${p(named.categories)})`);
  if (named.subcategories.length) branches.push(`p.subcategory_code = ANY(${p(named.subcategories)})`);
  return `(${branches.join(' OR ')})`;
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
       AND s.signed_up < s.capacity AND s.cancelled_at IS NULL)`,
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

/**
 * The statement that finds one page: `columns` of each project (its id alone unless asked for more) with its sort
 * key (exported so a test can EXPLAIN exactly it).
 */
export function searchSql(
  f: SearchFilter,
  sort: SearchSort,
  limit: number,
  after: (string | number)[] | null,
  columns = 'p.id',
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
    sql: `SELECT ${columns}, ${key} AS k${km} FROM project p WHERE ${where.join(' AND ')} ORDER BY ${order}
          LIMIT ${p(limit)}`,
    params,
  };
}

/**
 * One page of matching projects after `after`, rows and sort keys in one statement (the page's rows are read by the
 * scan that finds them anyway; a second statement by id cost a round trip and a second plan).
 */
export async function searchProjects(
  db: DataSource,
  f: SearchFilter,
  sort: SearchSort,
  limit: number,
  after: (string | number)[] | null,
): Promise<SearchHit[]> {
  const { sql, params } = searchSql(f, sort, limit, after, columnsOf(db, ProjectEntity, 'p'));
  // km is float8, which pg hands over as a number.
  const found = await rows<Record<string, unknown> & { id: string; k: string; km?: number }>(db, sql, params);
  return found.map((r) => ({ project: hydrate(db, ProjectEntity, r), key: [r.k, r.id], distanceKm: r.km ?? null }));
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
