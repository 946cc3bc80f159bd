import { decodeCursor, pageSize, toConnection } from '../../kit/connection';
import { badInput } from '../../kit/errors';
import { isDistrictCode } from '../../kit/districts';
import { requireUuid } from '../../kit/ids';
import { volunteerAccount } from '../actions/signup';
import { searchProjects, type SearchFilter, type SearchSort } from '../data/search.repository';
import { recordsOfOrganization } from '../data/service-record.repository';
import { notificationsOf, signupsOfVolunteer } from '../data/signup.repository';
import { CATEGORIES } from '../data/taxonomy';
import { canSeeProject, organizationOf, WAS_PUBLISHED_SQL } from '../rules/access';
import { isDate, shanghaiToday } from '../rules/time';
import { calendarQueries } from './calendar';
import type { Ctx } from './context';
import { volunteerRecordPage } from './records';

interface FilterArgs {
  districts?: string[] | null;
  categoryCode?: string | null;
  subcategoryCode?: string | null;
  from?: string | null;
  to?: string | null;
  keyword?: string | null;
  status?: string | null;
  hasFreePlaces?: boolean | null;
  skills?: string[] | null;
}

/** Validates a listing filter; drafts are never listed, whoever asks. */
function searchFilter(f: FilterArgs = {}): SearchFilter {
  const status = f.status ?? 'PUBLISHED';
  if (status === 'DRAFT') throw badInput('Drafts are not listed; open one by its id.', 'filter.status');
  if (f.districts && (f.districts.length > 23 || !f.districts.every(isDistrictCode))) {
    throw badInput('filter.districts must hold district codes such as pidu (at most 23).', 'filter.districts');
  }
  for (const k of ['from', 'to'] as const) {
    if (f[k] != null && !isDate(f[k]!)) throw badInput(`filter.${k} must be a date written YYYY-MM-DD.`, `filter.${k}`);
  }
  if (f.from && f.to && f.to < f.from) throw badInput('filter.to must be on or after filter.from.', 'filter.to');
  let keyword: string | undefined;
  if (f.keyword != null) {
    keyword = f.keyword.trim().toLowerCase();
    if (keyword.length < 1 || keyword.length > 50) throw badInput('filter.keyword must be 1 to 50 characters.', 'filter.keyword');
  }
  if (f.skills && f.skills.length > 20) throw badInput('filter.skills: at most 20.', 'filter.skills');
  return {
    status,
    districts: f.districts ?? undefined,
    categoryCode: f.categoryCode ?? undefined,
    subcategoryCode: f.subcategoryCode ?? undefined,
    from: f.from ?? undefined,
    to: f.to ?? undefined,
    keyword,
    hasFreePlaces: f.hasFreePlaces ?? undefined,
    skills: f.skills ?? undefined,
  };
}

export const Query = {
  ...calendarQueries,
  serviceCategories: () => CATEGORIES,
  project: async (_: unknown, args: { id: string }, ctx: Ctx) => {
    const p = await ctx.loaders.project.load(requireUuid(args.id, 'id'));
    return p && (await canSeeProject(ctx, p)) ? p : null;
  },
  projects: async (_: unknown, args: { filter?: FilterArgs | null; sort?: SearchSort; first?: number; after?: string }, ctx: Ctx) => {
    const size = pageSize(args.first);
    const sort = args.sort ?? 'START_TIME';
    const filter = searchFilter(args.filter ?? undefined);
    const hits = await searchProjects(ctx.db, filter, sort, size + 1, decodeCursor(args.after, sort === 'NEWEST' ? ['timestamp', 'uuid'] : ['date', 'uuid']));
    for (const h of hits) ctx.loaders.project.prime(h.project.id, h.project);
    const conn = toConnection(hits, size, (h) => h.key);
    return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.project })) };
  },
  projectByShareCode: async (_: unknown, args: { code: string }, ctx: Ctx) => {
    if (!/^[a-z0-9]{4,16}$/.test(args.code)) throw badInput('code must be the letters and digits of a share link.', 'code');
    // Share links are for published projects only; a draft (or a draft cancelled unpublished) has none to share.
    const [row] = await ctx.db.query(`SELECT id FROM project p WHERE share_code = $1 AND ${WAS_PUBLISHED_SQL('p')}`, [args.code]);
    return row ? ctx.loaders.project.load(row.id) : null;
  },
  mySignups: async (_: unknown, args: { includeCancelled?: boolean }, ctx: Ctx) => {
    volunteerAccount(ctx.caller, 'see your sign-ups');
    const me = await ctx.loaders.me();
    return me ? signupsOfVolunteer(ctx.db, me.volunteerId, !!args.includeCancelled) : [];
  },
  myServiceRecords: async (_: unknown, args: { first?: number; after?: string }, ctx: Ctx) => {
    volunteerAccount(ctx.caller, 'see your service records');
    const me = await ctx.loaders.me();
    return volunteerRecordPage(ctx, me?.volunteerId ?? null, args);
  },
  serviceRecordsToConfirm: async (_: unknown, args: { overdueOnly?: boolean; first?: number; after?: string }, ctx: Ctx) => {
    const organizationId = await organizationOf(ctx, 'review service records');
    const size = pageSize(args.first, 50);
    const rows = await recordsOfOrganization(ctx.db, organizationId, 'PENDING', args.overdueOnly ? shanghaiToday() : null, size + 1, decodeCursor(args.after, ['date', 'uuid']));
    return toConnection(rows, size, (r) => [r.servedOn, r.id]);
  },
  myNotifications: async (_: unknown, args: { first?: number }, ctx: Ctx) => {
    volunteerAccount(ctx.caller, 'read your notifications');
    const me = await ctx.loaders.me();
    return me ? notificationsOf(ctx.db, me.volunteerId, pageSize(args.first)) : [];
  },
};
