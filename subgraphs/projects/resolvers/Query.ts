import { requireStatisticsReader, statisticsRange, statisticsScope } from '../../kit/city/statistics';
import { wageRates } from '../actions/wage-rates';
import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { badInput } from '../../kit/runtime/errors';
import { isDistrictCode } from '../../kit/city/districts';
import { requireUuid } from '../../kit/runtime/ids';
import { volunteerAccount } from '../actions/signup';
import { countProjects, searchProjects, type Near, type SearchFilter } from '../data/search.repository';
import { recordsOfOrganization } from '../data/service-record.repository';
import { signupsOfVolunteer } from '../data/signup.repository';
import { CATEGORIES } from '../data/taxonomy';
import { canSeeProject, consoleScopeOf, organizationOf } from '../rules/access';
import { consoleCounts, consolePage } from '../data/console.repository';
import { projectIdByShareCode } from '../data/project.repository';
import { isDate, shanghaiParts, shanghaiToday } from '../rules/time';
import { DAY_MS, range } from '../rules/calendar';
import { calendarShifts, feedToken, signupsBetween, volunteerOfFeed } from '../data/calendar.repository';
import { feedHolder, myVolunteerId, ownData } from './context';
import { appMayRead } from '../../kit/city/consent';
import type { ProjectFilter, QueryResolvers } from './types.generated';
import { volunteerRecordPage } from './records';
import { allPrograms, policiesOfVolunteers } from '../data/insurance.repository';
import { allCampaigns } from '../data/campaign.repository';
import { forbidden } from '../../kit/runtime/errors';

const MAX_WORDS = 5;
/** The calendar shows at most this many shifts a day (the day's totals count them all). */
const SHIFTS_PER_DAY = 50;
const MAX_RADIUS_KM = 100;

/** A circle on the map, checked: degrees in range, a radius that is a place's surroundings, not the country. */
function nearFilter(near: Near): Near {
  const { latitude, longitude, radiusKm } = near;
  if (!(latitude >= -90 && latitude <= 90))
    throw badInput('filter.near.latitude must be between -90 and 90 degrees.', 'filter.near.latitude');
  if (!(longitude >= -180 && longitude <= 180))
    throw badInput('filter.near.longitude must be between -180 and 180 degrees.', 'filter.near.longitude');
  if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
    throw badInput(
      `filter.near.radiusKm must be more than 0 and at most ${MAX_RADIUS_KM} kilometres.`,
      'filter.near.radiusKm',
    );
  }
  return { latitude, longitude, radiusKm };
}

/** What a cursor holds in each sort order: its sort key, then the id. */
const CURSOR_SHAPES = {
  START_TIME: ['date', 'uuid'],
  NEWEST: ['timestamp', 'uuid'],
  DISTANCE: ['number', 'uuid'],
} as const;

/** Validates a listing filter; drafts are never listed, whoever asks. */
function searchFilter(f: ProjectFilter = {}): SearchFilter {
  const status = f.status ?? 'PUBLISHED';
  if (status === 'DRAFT') throw badInput('Drafts are not listed; open one by its id.', 'filter.status');
  if (f.districts && (f.districts.length > 23 || !f.districts.every(isDistrictCode))) {
    throw badInput('filter.districts must hold district codes such as pidu (at most 23).', 'filter.districts');
  }
  for (const k of ['from', 'to'] as const) {
    if (f[k] != null && !isDate(f[k]!)) throw badInput(`filter.${k} must be a date written YYYY-MM-DD.`, `filter.${k}`);
  }
  if (f.from && f.to && f.to < f.from) throw badInput('filter.to must be on or after filter.from.', 'filter.to');
  // Blank means no keyword: a search box left empty lists everything. Words are separated by any white space.
  const keyword = f.keyword?.trim().toLowerCase() ?? '';
  if (keyword.length > 50) throw badInput('filter.keyword must be at most 50 characters.', 'filter.keyword');
  const keywords = [...new Set(keyword.split(/\s+/u).filter(Boolean))];
  if (keywords.length > MAX_WORDS) throw badInput(`filter.keyword: at most ${MAX_WORDS} words.`, 'filter.keyword');
  if (f.skills && f.skills.length > 20) throw badInput('filter.skills: at most 20.', 'filter.skills');
  return {
    status,
    districts: f.districts ?? undefined,
    categoryCode: f.categoryCode ?? undefined,
    subcategoryCode: f.subcategoryCode ?? undefined,
    from: f.from ?? undefined,
    to: f.to ?? undefined,
    keywords: keywords.length ? keywords : undefined,
    near: f.near ? nearFilter(f.near) : undefined,
    hasFreePlaces: f.hasFreePlaces ?? undefined,
    skills: f.skills ?? undefined,
  };
}

export const Query: QueryResolvers = {
  calendar: async (_, args, ctx) => {
    if (args.district != null && !isDistrictCode(args.district))
      throw badInput('district must be a district code such as pidu.', 'district');
    const [start, end] = range(args.from, args.to, 42);
    const { days, shifts } = await calendarShifts(ctx.db, start, end, args.district ?? null, SHIFTS_PER_DAY);
    // Grouped by day in one pass: a month of the city is up to 1,400 shifts, and filtering them again for each of
    // its days cost tens of milliseconds of CPU per calendar.
    const byDay = new Map<string, typeof shifts>();
    for (const s of shifts) {
      ctx.loaders.shift.prime(s.id, s);
      const day = shanghaiParts(s.startsAt).date;
      (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(s);
    }
    return days.map((d) => ({
      date: d.day,
      shiftCount: Number(d.shifts),
      freePlaces: Number(d.free),
      shifts: byDay.get(d.day) ?? [],
    }));
  },
  myCalendar: async (_, args, ctx) => {
    const [start, end] = range(args.from, args.to, 366);
    const me = await myVolunteerId(ctx, 'see your calendar', 'calendar', 'calendar:read');
    return me ? signupsBetween(ctx.db, me, start, end, 500) : [];
  },
  myCalendarFeedToken: async (_, __, ctx) => {
    const me = await myVolunteerId(ctx, 'subscribe to your calendar', 'calendarFeedToken', 'calendar:read');
    if (!me) throw badInput('Register as a volunteer to have a calendar.');
    return feedToken(ctx.db, me, feedHolder(ctx.caller));
  },
  calendarFeed: async (_, args, ctx) => {
    if (!/^[A-Za-z0-9_-]{43}$/.test(args.token)) return null;
    const feed = await volunteerOfFeed(ctx.db, args.token);
    if (!feed) return null;
    const { volunteerId, holder } = feed;
    // An app's link works only while its consent covers ACTIVITY, even before the withdrawal has revoked it.
    if (holder && !appMayRead((await ctx.loaders.profile.load(volunteerId))?.consents, holder, 'ACTIVITY')) return null;
    const entries = await signupsBetween(
      ctx.db,
      volunteerId,
      new Date(Date.now() - 30 * DAY_MS),
      new Date(Date.now() + 3650 * DAY_MS),
      500,
    );
    return { volunteer: { id: volunteerId }, entries };
  },
  serviceCategories: () => [...CATEGORIES],
  statistics: async (_, args, ctx) => {
    const scope = statisticsScope(args.district);
    await requireStatisticsReader(ctx.caller, scope, ctx.loaders.administersDistrict);
    return { scope, ...statisticsRange(args.from, args.to) };
  },
  wageRates: (_, args, ctx) => wageRates(ctx.db, args.year, args.history ?? false),
  project: async (_, args, ctx) => {
    const p = await ctx.loaders.project.load(requireUuid(args.id, 'id'));
    return p && (await canSeeProject(ctx, p)) ? p : null;
  },
  projects: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const sort = args.sort ?? 'START_TIME';
    const filter = searchFilter(args.filter ?? undefined);
    if (sort === 'DISTANCE' && !filter.near)
      throw badInput('sort DISTANCE needs filter.near: the point to measure from.', 'sort');
    const hits = await searchProjects(ctx.db, filter, sort, size + 1, decodeCursor(args.after, CURSOR_SHAPES[sort]));
    for (const h of hits) ctx.loaders.project.prime(h.project.id, h.project);
    const conn = toConnection(hits, size, (h) => h.key);
    return {
      ...conn,
      edges: conn.edges.map((e) => ({
        cursor: e.cursor,
        node: e.node.project,
        distanceKm: e.node.distanceKm === null ? null : Math.round(e.node.distanceKm * 1000) / 1000,
      })),
      // Counted by ProjectConnection.totalCount only when the client selects it, so pages without it cost no count.
      countTotal: () => countProjects(ctx.db, filter),
    };
  },
  projectByShareCode: async (_, args, ctx) => {
    if (!/^[a-z0-9]{4,16}$/.test(args.code))
      throw badInput('code must be the letters and digits of a share link.', 'code');
    // Share links are for published projects only; a draft (or a draft cancelled unpublished) has none to share.
    const id = await projectIdByShareCode(ctx.db, args.code);
    return id ? ctx.loaders.project.load(id) : null;
  },
  mySignups: async (_, args, ctx) => {
    volunteerAccount(ctx.caller, 'see your sign-ups', 'project:signup');
    const me = await ownData(ctx, 'signups');
    return me ? signupsOfVolunteer(ctx.db, me.volunteerId, !!args.includeCancelled) : [];
  },
  myServiceRecords: async (_, args, ctx) => {
    volunteerAccount(ctx.caller, 'see your service records', 'volunteer:read');
    const me = await ownData(ctx, 'serviceRecords');
    return volunteerRecordPage(ctx, me?.volunteerId ?? null, args);
  },
  serviceRecordsToConfirm: async (_, args, ctx) => {
    const organizationId = await organizationOf(ctx, 'review service records');
    const size = pageSize(args.first, 50);
    const rows = await recordsOfOrganization(
      ctx.db,
      organizationId,
      'PENDING',
      args.overdueOnly ? shanghaiToday() : null,
      size + 1,
      decodeCursor(args.after, ['date', 'uuid']),
    );
    return toConnection(rows, size, (r) => [r.servedOn, r.id]);
  },
  myOrganizationProjects: async (_, args, ctx) => {
    const scope = await consoleScopeOf(ctx);
    const size = pageSize(args.first);
    const status = args.status ?? null;
    const after = decodeCursor(args.after, ['timestamp', 'uuid'] as const);
    const hits = await consolePage(ctx.db, scope, status, size + 1, after);
    for (const h of hits) ctx.loaders.project.prime(h.project.id, h.project);
    const conn = toConnection(hits, size, (h) => h.key);
    let counts: ReturnType<typeof consoleCounts> | undefined;
    return {
      pageInfo: conn.pageInfo,
      edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.project })),
      status,
      // totalCount and counts share one statement, made only when either is selected.
      counts: () => (counts ??= consoleCounts(ctx.db, scope)),
    };
  },
  insurancePrograms: (_, __, ctx) => allPrograms(ctx.db),
  insuranceProgram: (_, args, ctx) => ctx.loaders.program.load(requireUuid(args.id, 'id')),
  myInsurancePolicies: async (_, __, ctx) => {
    volunteerAccount(ctx.caller, 'see your insurance policies', null);
    // Insurance is the person's own business: no partner scope or consent hands it to an app.
    if (ctx.caller.kind !== 'volunteer') throw forbidden('Volunteers read their insurance policies in person.');
    const me = await ctx.loaders.me();
    return me ? policiesOfVolunteers(ctx.db, [me.volunteerId]) : [];
  },
  campaigns: async (_, args, ctx) => {
    const first = args.first ?? 10;
    if (!Number.isInteger(first) || first < 1 || first > 50) throw badInput('first must be 1 to 50.', 'first');
    return (await allCampaigns(ctx.db)).slice(0, first);
  },
  campaign: (_, args, ctx) => ctx.loaders.campaign.load(args.code),
};
