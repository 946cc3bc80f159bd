import type { ClientBase } from 'pg';
import { beijingDay, dayStart, SLOTS } from '../../../subgraphs/kit/city/demo-crowd';
import { addWorkingDays } from '../../../subgraphs/kit/city/days';
import { prng, type Prng } from '../../../subgraphs/kit/city/prng';
import { CONFIRM_WITHIN_WORKING_DAYS } from '../../../subgraphs/projects/actions/serving';
import { organizationAdminAccount, seedId } from './ids';
import type { SeedOrganization } from './organizations';
import type { Crowd } from './people';
import { Progress } from './progress';
import type { CityPlan } from './scale';
import { TableWriter } from './writer';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Projects are published over the two years before today (about half of them in the last year). */
const PUBLISHING_DAYS = 730;
const CAPACITIES = [5, 8, 10, 10, 12, 15, 20];
/** Past shifts are served and confirmed up to two days before today; later ones are still open for sign-up. */
const SERVED_BEFORE_MS = 2 * DAY_MS;

export interface Subcategory {
  code: string;
  category_code: string;
  name: string;
}

/** Every confirmed record, compactly, in the order written: the ledgers replay them in confirmation order. */
export interface RecordLog {
  count: number;
  volunteer: Int32Array;
  confirmedAt: Float64Array;
  servedOn: string[];
  hours: Float32Array;
  projectDistrict: Uint8Array;
  project: Int32Array;
  /** The sign-up's index, which is also the record's (seedId('record', i)). */
  signup: Int32Array;
}

export interface ServiceResult {
  records: RecordLog;
  /** Organizations each volunteer signed up with (by index), for volunteers.organization_ids. */
  organizationsOf: Map<number, number[]>;
  projectsPerDistrict: number[];
  shifts: number;
  signups: number;
  hoursLastYear: number;
}

interface ProjectPlan {
  closed: boolean;
  org: SeedOrganization;
  district: number;
  sub: Subcategory;
  publishedAt: number;
  startsOn: string;
  endsOn: string;
  shifts: { startsAt: number; hours: number; capacity: number }[];
}

/** Pass one: projects and their shifts, before anyone signs up, so the fill rate can be set to the target hours. */
function planProjects(r: Prng, plan: CityPlan, orgs: SeedOrganization[], subs: Subcategory[], now: number) {
  const verified = orgs.filter((o) => o.verifiedAt !== null);
  const projects: ProjectPlan[] = [];
  for (let p = 0; p < plan.projects; p++) {
    // The first 23 projects one per district's first organization, so every district has a project at any scale.
    const org = p < plan.districts.length ? orgs[p]! : r.pick(verified);
    const earliest = Math.max(now - PUBLISHING_DAYS * DAY_MS, org.verifiedAt! + 2 * DAY_MS);
    const publishedAt = earliest + r.next() * Math.max(0, now - DAY_MS - earliest);
    // Most serve their own district; one in six serves another (youth associations, city-wide teams).
    const district = p >= plan.districts.length && r.next() < 0.16 ? r.int(0, plan.districts.length - 1) : org.district;
    const start = dayStart(beijingDay(publishedAt)) + r.int(3, 14) * DAY_MS;
    // Four in ten are one-day activities; the rest standing programmes of up to half a year.
    const oneDay = r.next() < 0.4;
    const span = oneDay ? 0 : r.int(14, 180);
    const count = oneDay ? 1 : r.int(2, 8);
    const shifts = Array.from({ length: count }, (_, j) => {
      const [hour, length] = r.pick(SLOTS);
      const day = start + Math.floor(((j + r.next()) * (span + 1)) / count) * DAY_MS;
      return { startsAt: day + hour * HOUR_MS, hours: length, capacity: r.pick(CAPACITIES) };
    });
    const endsOn = beijingDay(start + span * DAY_MS);
    projects.push({
      // Closing is an organizer's own step, not automatic: about half of the ended projects were closed.
      closed: endsOn < beijingDay(now) && r.next() < 0.5,
      org,
      district,
      sub: r.pick(subs),
      publishedAt,
      startsOn: beijingDay(start),
      endsOn,
      shifts,
    });
  }
  return projects;
}

/** Index of the first volunteer registered after `t` in a list ordered by registration (approximately: jitter). */
function registeredBefore(list: Int32Array | null, createdAt: Float64Array, n: number, t: number): number {
  let lo = 0;
  let hi = list ? list.length : n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (createdAt[list ? list[mid]! : mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Who signs up: mostly people of the project's district, registered before the shift; long-registered volunteers
 * far more often (a few serve most weeks, most rarely or never), which is what gives the city its star volunteers.
 */
function pickVolunteer(r: Prng, crowd: Crowd, district: number, before: number): number {
  const list = r.next() < 0.85 ? crowd.byDistrict[district]! : null;
  const c = registeredBefore(list, crowd.createdAt, crowd.n, before);
  if (c === 0) return -1;
  const k = Math.floor(c * r.next() ** 3);
  return list ? list[k]! : k;
}

function growLog(log: RecordLog, size: number): RecordLog {
  const grow = <T extends Int32Array | Float64Array | Float32Array | Uint8Array>(a: T, make: (n: number) => T) => {
    const b = make(size);
    b.set(a);
    return b;
  };
  return {
    count: log.count,
    volunteer: grow(log.volunteer, (n) => new Int32Array(n)),
    confirmedAt: grow(log.confirmedAt, (n) => new Float64Array(n)),
    servedOn: log.servedOn,
    hours: grow(log.hours, (n) => new Float32Array(n)),
    projectDistrict: grow(log.projectDistrict, (n) => new Uint8Array(n)),
    project: grow(log.project, (n) => new Int32Array(n)),
    signup: grow(log.signup, (n) => new Int32Array(n)),
  };
}

/**
 * Projects, shifts, sign-ups and confirmed records in the projects schema. Sign-ups are consistent as a person would
 * check them: after the volunteer registered and after publication, before the shift, never more than its places,
 * one per volunteer and shift; a served shift's sign-ups are checked in and out and confirmed by the organization
 * within the ten working days. The fill rate is set so the last 365 days add up to the plan's hours.
 */
export async function writeService(
  db: ClientBase,
  progress: Progress,
  plan: CityPlan,
  crowd: Crowd,
  orgs: SeedOrganization[],
  subs: Subcategory[],
  now: number,
): Promise<ServiceResult> {
  const r = prng(0x5eed_c173);
  const projects = planProjects(r, plan, orgs, subs, now);
  const yearAgo = now - 365 * DAY_MS;
  const servedBefore = now - SERVED_BEFORE_MS;
  let placeHours = 0;
  for (const p of projects)
    for (const s of p.shifts)
      // 0.075 h: one record in seven leaves half an hour early.
      if (s.startsAt >= yearAgo && s.startsAt < servedBefore) placeHours += s.capacity * (s.hours - 0.075);
  // Mean share of places taken; capped, so a tiny scale with few shifts comes out short rather than overbooked.
  const fill = Math.min(0.9, plan.hoursLastYear / Math.max(1, placeHours));

  // Four tables written side by side; the line counts shifts, so the writers report to a silent counter.
  const silent = new Progress(true);
  const project = new TableWriter(db, 'projects.project', silent);
  const shift = new TableWriter(db, 'projects.shift', silent, [project]);
  const signup = new TableWriter(db, 'projects.signup', silent, [shift]);
  const writers = { project, shift, signup, record: new TableWriter(db, 'projects.service_record', silent, [signup]) };
  const totalShifts = projects.reduce((s, p) => s + p.shifts.length, 0);
  progress.start('projects, shifts, sign-ups, records', totalShifts);
  let log: RecordLog = growLog(
    {
      count: 0,
      volunteer: new Int32Array(0),
      confirmedAt: new Float64Array(0),
      servedOn: [],
      hours: new Float32Array(0),
      projectDistrict: new Uint8Array(0),
      project: new Int32Array(0),
      signup: new Int32Array(0),
    },
    1024,
  );
  const organizationsOf = new Map<number, number[]>();
  const projectsPerDistrict = new Array<number>(plan.districts.length).fill(0);
  const confirmBy = new Map<string, string>();
  /** Volunteer and Beijing day pairs already taken (volunteer × 100,000 + day number). */
  const busy = new Set<number>();
  let shiftIndex = 0;
  let signupIndex = 0;
  let hoursLastYear = 0;

  for (const [p, pp] of projects.entries()) {
    const d = plan.districts[pp.district]!;
    const projectId = seedId('project', p);
    const title = `${pp.sub.name}（${d.name}·第${p + 1}期）`;
    projectsPerDistrict[pp.district]!++;
    await writers.project.push({
      id: projectId,
      title,
      status: pp.closed ? 'CLOSED' : 'PUBLISHED',
      organization_id: pp.org.id,
      district_code: d.code,
      starts_on: pp.startsOn,
      ends_on: pp.endsOn,
      created_at: new Date(pp.publishedAt - 2 * DAY_MS).toISOString(),
      description: `${title}：由${pp.org.name}组织的志愿服务，欢迎报名参加。`,
      category_code: pp.sub.category_code,
      subcategory_code: pp.sub.code,
      address: `${d.name}${pp.sub.name}服务点`,
      contact_name: '志愿服务联络员',
      contact_phone: `028-8${String(p % 10_000_000).padStart(7, '0')}`,
      required_skills: [],
      risk_level: 'LOW',
      share_code: `s${p.toString(36).padStart(7, '0')}`,
      published_at: new Date(pp.publishedAt).toISOString(),
      updated_at: new Date(pp.publishedAt).toISOString(),
    });
    for (const s of pp.shifts) {
      const shiftId = seedId('shift', shiftIndex++);
      const served = s.startsAt < servedBefore;
      const wanted = Math.min(s.capacity, Math.round(s.capacity * fill * (served ? 0.4 + 1.2 * r.next() : r.next())));
      const chosen = new Set<number>();
      // One shift a day per volunteer: the busiest few then serve most days, never two places at once.
      const day = Math.floor((s.startsAt + 8 * HOUR_MS) / DAY_MS);
      for (let tries = 0; chosen.size < wanted && tries < wanted * 4; tries++) {
        const v = pickVolunteer(r, crowd, pp.district, s.startsAt - 3 * HOUR_MS);
        if (v < 0 || chosen.has(v) || busy.has(v * 100_000 + (day % 100_000))) continue;
        chosen.add(v);
        busy.add(v * 100_000 + (day % 100_000));
      }
      await writers.shift.push({
        id: shiftId,
        project_id: projectId,
        starts_at: new Date(s.startsAt).toISOString(),
        ends_at: new Date(s.startsAt + s.hours * HOUR_MS).toISOString(),
        capacity: s.capacity,
        waitlist_capacity: 0,
        signed_up: chosen.size,
        waitlisted: 0,
        checkin_code: String(r.int(0, 999_999)).padStart(6, '0'),
        created_at: new Date(pp.publishedAt).toISOString(),
      });
      const servedOn = beijingDay(s.startsAt);
      for (const v of chosen) {
        const signupId = seedId('signup', signupIndex);
        const earliest = Math.max(crowd.createdAt[v]!, pp.publishedAt) + HOUR_MS;
        const latest = s.startsAt - 2 * HOUR_MS;
        const signedUpAt = earliest + r.next() * Math.max(0, latest - earliest);
        const hours = r.next() < 0.85 ? s.hours : s.hours - 0.5;
        await writers.signup.push({
          id: signupId,
          shift_id: shiftId,
          project_id: projectId,
          volunteer_id: seedId('volunteer', v),
          status: 'CONFIRMED',
          created_at: new Date(Math.min(signedUpAt, latest)).toISOString(),
          checked_in_at: served ? new Date(s.startsAt).toISOString() : null,
          checked_out_at: served ? new Date(s.startsAt + hours * HOUR_MS).toISOString() : null,
        });
        const known = organizationsOf.get(v);
        if (!known) organizationsOf.set(v, [pp.org.index]);
        else if (!known.includes(pp.org.index)) known.push(pp.org.index);
        if (served) {
          // Confirmed by the organization the evening after the shift, never later than now.
          const confirmedAt = Math.min(dayStart(servedOn) + DAY_MS + 18 * HOUR_MS, now - HOUR_MS);
          if (!confirmBy.has(servedOn)) confirmBy.set(servedOn, addWorkingDays(servedOn, CONFIRM_WITHIN_WORKING_DAYS));
          await writers.record.push({
            id: seedId('record', signupIndex),
            project_id: projectId,
            volunteer_id: seedId('volunteer', v),
            served_on: servedOn,
            hours,
            status: 'CONFIRMED',
            confirmed_at: new Date(confirmedAt).toISOString(),
            created_at: new Date(s.startsAt + hours * HOUR_MS).toISOString(),
            signup_id: signupId,
            shift_id: shiftId,
            confirm_by: confirmBy.get(servedOn)!,
            reviewed_by: organizationAdminAccount(pp.org.index),
          });
          if (log.count === log.volunteer.length) log = growLog(log, log.count * 2);
          const k = log.count++;
          log.volunteer[k] = v;
          log.confirmedAt[k] = confirmedAt;
          log.servedOn[k] = servedOn;
          log.hours[k] = hours;
          log.projectDistrict[k] = pp.district;
          log.project[k] = p;
          log.signup[k] = signupIndex;
          if (dayStart(servedOn) >= dayStart(beijingDay(yearAgo))) hoursLastYear += hours;
        }
        signupIndex++;
      }
      progress.add(1);
    }
  }
  for (const w of Object.values(writers)) await w.end();
  progress.finish();
  return {
    records: log,
    organizationsOf,
    projectsPerDistrict,
    shifts: shiftIndex,
    signups: signupIndex,
    hoursLastYear,
  };
}
