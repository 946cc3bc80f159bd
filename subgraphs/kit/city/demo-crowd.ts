import crypto from 'node:crypto';
import { demoDay } from './demo-days';
import { DISTRICTS } from './districts';
import { idCheckChar } from './idcard';
import { prng, type Prng } from './prng';

/**
 * The demo crowd (issue 13.7): a few hundred generated volunteers in all 23 districts, registered over the two years
 * before the day they are seeded, serving on generated projects of the demo organizations, so the dashboard of
 * `npm start` shows figures and trends rather than cells withheld under five people.
 *
 * One generator for every subgraph: volunteers seeds the crowd's volunteers, projects its projects, shifts, sign-ups,
 * confirmed records and volunteer replicas, each in its own schema, from the same call. Deterministic: a fixed seed
 * and ids derived from an index (UUID v5), so both subgraphs see the same crowd. Seeds compare nothing across
 * schemas; they seed the crowd once (a guard row), because a later day would generate other dates for the same ids.
 *
 * Consistent as a person would check it: a sign-up after the volunteer registered and after the project was
 * published; a record on a past shift of a published project, its hours within the shift, at most one shift a day
 * per volunteer; old enough for the project and holding its required skills; never more sign-ups than places.
 * Projects are published a few days after their organization was verified, in demo-file dates moved like the rest
 * (kit/demo-days), so they never precede the verification.
 */

/** Volunteers per district: the central districts more, every district at least eight. */
const CENTRAL = new Set(['jinjiang', 'qingyang', 'jinniu', 'wuhou', 'chenghua', 'gaoxin', 'tianfu']);
const perDistrict = (code: string) => (CENTRAL.has(code) ? 24 : 12);

/** Volunteers registered in the first ten days, so the first shifts have five people or more. */
const OPENING_DRIVE = 20;

/** How far back the crowd goes: registrations and service over these days before today. */
export const CROWD_DAYS = 730;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const BEIJING_MS = 8 * HOUR_MS;

/** The crowd's own UUID v5 namespace, so its ids never meet the hand-written demo ids. */
const NAMESPACE = 'f3a2c1d0-5b6e-4f70-8a91-b2c3d4e5f607';

/** A UUID v5 (RFC 9562) of `name` in the crowd's namespace. */
export function crowdId(name: string): string {
  const ns = Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex');
  const hash = crypto.createHash('sha1').update(ns).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The id of the crowd's first volunteer: a seed that finds it has seeded the crowd already. */
export const FIRST_CROWD_VOLUNTEER = crowdId('volunteer-0');

export interface CrowdVolunteer {
  id: string;
  accountId: string;
  displayName: string;
  realName: string;
  districtCode: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  idNumber: string;
  phone: string;
  skills: string[];
  serviceCategories: string[];
  cardCode: string;
  createdAt: Date;
  consentedAt: Date;
  guardianName?: string;
  guardianRelation?: string;
  guardianPhone?: string;
  guardianConsentedAt?: Date;
}

export interface CrowdProject {
  id: string;
  title: string;
  description: string;
  organizationId: string;
  districtCode: string;
  status: 'PUBLISHED';
  categoryCode: string;
  subcategoryCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  minAge: number;
  requiredSkills: string[];
  riskLevel: 'LOW';
  shareCode: string;
  publishedAt: Date;
  createdAt: Date;
  startsOn: string;
  endsOn: string;
}

export interface CrowdShift {
  id: string;
  projectId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  waitlistCapacity: number;
  signedUp: number;
  checkinCode: string;
}

export interface CrowdSignup {
  id: string;
  shiftId: string;
  projectId: string;
  volunteerId: string;
  status: 'CONFIRMED';
  createdAt: Date;
  checkedInAt: Date;
  checkedOutAt: Date;
}

export interface CrowdRecord {
  id: string;
  projectId: string;
  volunteerId: string;
  shiftId: string;
  signupId: string;
  servedOn: string;
  hours: string;
  status: 'CONFIRMED';
  confirmedAt: Date;
}

export interface DemoCrowd {
  volunteers: CrowdVolunteer[];
  projects: CrowdProject[];
  shifts: CrowdShift[];
  signups: CrowdSignup[];
  records: CrowdRecord[];
}

const org = (nn: string) => `10000000-0000-4000-8000-0000000000${nn}`;

/**
 * The crowd's projects: [organization, district, category, subcategory, title, written publication day, days between
 * shifts, minimum age, required skills]. Publication days are demo-file dates a few days after the organization's
 * verification (organizations' demo.json); the two youth associations (04, 12) also serve outside their district.
 */
const PROJECTS: [string, string, string, string, string, string, number, number, string[]][] = [
  ['01', 'jinjiang', 'traffic', 'traffic.school-gate', '红星路小学校门口护学岗', '2024-12-07', 28, 16, []],
  ['01', 'jinjiang', 'community', 'community.garbage-sorting', '红星社区垃圾分类督导', '2025-03-01', 42, 14, []],
  ['02', 'qingyang', 'children', 'children.reading', '成都图书馆亲子阅读推广', '2024-12-16', 28, 16, []],
  ['13', 'qingyang', 'culture', 'culture.museum-guide', '成都博物馆周末讲解助理', '2025-03-25', 28, 16, []],
  ['03', 'jinniu', 'elderly', 'elderly.smartphone', '荷花池社区老年人智能手机课堂', '2024-12-26', 28, 16, []],
  ['04', 'wuhou', 'community', 'community.community-events', '玉林街道邻里节活动组织', '2025-01-03', 28, 16, []],
  ['12', 'wuhou', 'events', 'events.translation', '武侯祠景区外语咨询服务', '2025-03-16', 42, 18, ['英语']],
  ['05', 'chenghua', 'community', 'community.community-events', '办税服务厅导办志愿服务', '2025-01-12', 28, 18, []],
  ['06', 'chenghua', 'travel', 'travel.station-guide', '成都东站进站旅客引导', '2025-01-21', 28, 18, []],
  ['07', 'longquanyi', 'children', 'children.art', '龙泉驿青少年宫艺术启蒙助教', '2025-01-30', 28, 16, []],
  ['08', 'shuangliu', 'elderly', 'elderly.home-visit', '双流社区独居老人探访', '2025-02-08', 28, 18, []],
  ['09', 'pidu', 'environment', 'environment.cleanup', '团结街道清河行动', '2025-02-17', 28, 14, []],
  ['10', 'xinjin', 'community', 'community.neighborhood-watch', '花源街道邻里守望', '2025-02-26', 28, 16, []],
  ['11', 'qionglai', 'children', 'children.left-behind', '花楸村留守儿童周末陪伴', '2025-03-07', 28, 18, []],
  ['12', 'gaoxin', 'emergency', 'emergency.first-aid', '高新区写字楼应急救护培训', '2025-04-10', 49, 18, []],
  ['12', 'tianfu', 'events', 'events.venue-operation', '天府国际会议中心会务服务', '2025-05-10', 49, 18, []],
  ['12', 'dujiangyan', 'culture', 'culture.intangible-heritage', '都江堰放水节文化宣讲', '2025-06-01', 56, 16, []],
  ['12', 'jianyang', 'children', 'children.homework', '简阳乡村学校课后辅导', '2025-07-01', 49, 18, ['课业辅导']],
  ['12', 'dongbu', 'environment', 'environment.wildlife', '龙泉山城市森林公园护绿宣传', '2025-08-01', 56, 16, []],
  ['04', 'wenjiang', 'environment', 'environment.river-patrol', '江安河河湖巡护', '2025-02-01', 49, 16, []],
  ['04', 'xindu', 'culture', 'culture.intangible-heritage', '新都桂湖非遗体验日', '2025-04-01', 49, 14, []],
  ['04', 'qingbaijiang', 'environment', 'environment.tree-planting', '青白江凤凰湖植树护绿', '2025-05-01', 56, 14, []],
  ['04', 'pengzhou', 'emergency', 'emergency.earthquake-drill', '彭州龙门山镇防震演练', '2025-06-15', 56, 18, []],
  ['04', 'chongzhou', 'elderly', 'elderly.health-check', '崇州敬老院健康监测', '2025-07-15', 49, 18, []],
  ['04', 'dayi', 'children', 'children.left-behind', '大邑安仁镇留守儿童陪伴', '2025-08-15', 56, 18, []],
  ['04', 'pujiang', 'environment', 'environment.tree-planting', '蒲江明月村生态护绿', '2025-09-15', 56, 14, []],
  ['04', 'jintang', 'community', 'community.garbage-sorting', '金堂县城垃圾分类宣传', '2025-10-15', 56, 14, []],
];

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
export const GIVEN = '子欣浩宇思雨梓涵一诺俊杰雨轩佳怡晨阳嘉琪明轩欣怡博文若曦宇航诗涵天佑语桐睿泽可馨昊然紫萱铭哲雅婷';
export const SKILLS = [
  '英语',
  '急救证书',
  '课业辅导',
  '摄影',
  '心理疏导',
  '驾驶',
  '手语',
  '绘画',
  '法律咨询',
  '计算机',
];
const CATEGORIES = [
  'epidemic',
  'children',
  'elderly',
  'travel',
  'community',
  'traffic',
  'environment',
  'culture',
  'emergency',
  'events',
];
/** Shift times (Beijing): start hour, length in hours. */
export const SLOTS: [number, number][] = [
  [9, 3],
  [9, 4],
  [14, 3],
  [14, 4],
  [8.5, 3.5],
];

export const beijingDay = (t: number) => new Date(t + BEIJING_MS).toISOString().slice(0, 10);
export const dayStart = (day: string) => Date.parse(`${day}T00:00:00+08:00`);
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Age in whole years on `day` (both YYYY-MM-DD). */
export function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** Mostly 18-35, as the city's volunteers are; some school pupils, some older residents (10-70 in all). */
export function ageAt(r: Prng): number {
  const u = r.next();
  if (u < 0.08) return r.int(10, 13);
  if (u < 0.16) return r.int(14, 17);
  if (u < 0.8) return r.int(18, 35);
  if (u < 0.94) return r.int(36, 55);
  return r.int(56, 70);
}

function volunteersOf(r: Prng, today: string, now: number): CrowdVolunteer[] {
  const districts = DISTRICTS.flatMap((d) => Array.from({ length: perDistrict(d.code) }, () => d));
  // Shuffled, then registered in that order evenly over the period, so every month has its share of districts.
  for (let i = districts.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [districts[i], districts[j]] = [districts[j]!, districts[i]!];
  }
  const first = dayStart(today) - CROWD_DAYS * DAY_MS;
  const ids = new Set<string>();
  return districts.map((d, i) => {
    // An opening drive first (the first projects need people as soon as they start), then evenly over the period.
    const offset =
      i < OPENING_DRIVE
        ? Math.floor((i * 10) / OPENING_DRIVE)
        : 10 + Math.floor(((i - OPENING_DRIVE + r.next()) * (CROWD_DAYS - 11)) / (districts.length - OPENING_DRIVE));
    const day = beijingDay(first + offset * DAY_MS);
    const createdAt = new Date(Math.min(dayStart(day) + r.int(8 * 60, 21 * 60) * 60_000, now - DAY_MS));
    const age = ageAt(r);
    // `age` today exactly: a birthday within the year before today's date that many years ago.
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
    const lastBirthday = Date.UTC(ty - age, tm - 1, Math.min(td, 28));
    const birthDate = new Date(lastBirthday - r.int(0, 360) * DAY_MS).toISOString().slice(0, 10);
    const sex = r.next() < 0.55 ? 'FEMALE' : 'MALE';
    const realName = r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.next() < 0.7 ? r.pick([...GIVEN]) : '');
    // Region of the district (Chengdu's for the functional zones); sequence 9xx, unused by the hand-written data.
    const region = d.divisionCode ?? '510100';
    let idNumber = '';
    for (let k = 0; !idNumber || ids.has(idNumber); k++) {
      const seq = `9${(i + k) % 10}${(2 * r.int(0, 4) + (sex === 'MALE' ? 1 : 0)) % 10}`;
      const first17 = `${region}${birthDate.replaceAll('-', '')}${seq}`;
      idNumber = first17 + idCheckChar(first17);
    }
    ids.add(idNumber);
    const skills = SKILLS.filter(() => r.next() < 0.18);
    const categories = CATEGORIES.filter(() => r.next() < 0.25).slice(0, 3);
    const young = ageOn(birthDate, beijingDay(createdAt.getTime())) < 14;
    return {
      id: crowdId(`volunteer-${i}`),
      accountId: `demo-crowd-${pad(i + 1, 3)}`,
      displayName: realName,
      realName,
      districtCode: d.code,
      sex,
      birthDate,
      idNumber,
      phone: `177${pad(20_000_000 + i, 8)}`,
      skills,
      serviceCategories: categories.length ? categories : [r.pick(CATEGORIES)],
      cardCode: `QC${pad(i + 1, 6)}`,
      createdAt,
      consentedAt: createdAt,
      ...(young
        ? {
            guardianName: realName[0] + r.pick([...GIVEN]) + r.pick([...GIVEN]),
            guardianRelation: r.next() < 0.5 ? '母亲' : '父亲',
            guardianPhone: `177${pad(30_000_000 + i, 8)}`,
            guardianConsentedAt: createdAt,
          }
        : {}),
    };
  });
}

/**
 * The demo crowd as seeded `now`. Service runs up to two days before today; every shift has at least five people
 * (a shift with fewer eligible volunteers is left out), so every month with a shift shows its figures.
 */
export function demoCrowd(now = new Date()): DemoCrowd {
  const r = prng(0x5eed_13_07);
  const nowMs = now.getTime();
  const today = beijingDay(nowMs);
  const volunteers = volunteersOf(r, today, nowMs);
  const lastServiceDay = dayStart(today) - 2 * DAY_MS;
  const firstServiceDay = dayStart(today) - CROWD_DAYS * DAY_MS;
  const endsOn = beijingDay(dayStart(today) + 90 * DAY_MS);

  const projects: CrowdProject[] = [];
  const shifts: CrowdShift[] = [];
  const signups: CrowdSignup[] = [];
  const records: CrowdRecord[] = [];
  /** Days each volunteer already serves on (one shift a day). */
  const busy = new Map<string, Set<string>>();

  PROJECTS.forEach(([orgNn, district, category, subcategory, title, written, every, minAge, skills], p) => {
    const publishedOn = demoDay(written, now);
    const publishedAt = new Date(dayStart(publishedOn) + 10 * HOUR_MS);
    const startsOn = beijingDay(publishedAt.getTime() + 7 * DAY_MS);
    const id = crowdId(`project-${p}`);
    projects.push({
      id,
      title,
      description: `${title}：由志愿者定期开展，欢迎报名参加。`,
      organizationId: org(orgNn),
      districtCode: district,
      status: 'PUBLISHED',
      categoryCode: category,
      subcategoryCode: subcategory,
      address: `${DISTRICTS.find((d) => d.code === district)!.name}`,
      contactName: '志愿服务联络员',
      contactPhone: `028-8${pad(6_100_000 + p, 7)}`,
      minAge,
      requiredSkills: skills,
      riskLevel: 'LOW',
      shareCode: `crowd${pad(p + 1, 3)}`,
      publishedAt,
      createdAt: new Date(publishedAt.getTime() - 2 * DAY_MS),
      startsOn,
      endsOn,
    });
    // The first shift on the first day it can be, so the earliest months have service too.
    let day = Math.max(dayStart(startsOn), firstServiceDay + 10 * DAY_MS);
    for (let s = 0; day <= lastServiceDay; s++, day += r.int(every - 3, every + 3) * DAY_MS) {
      const served = beijingDay(day);
      const [hour, length] = r.pick(SLOTS);
      const startsAt = new Date(day + hour * HOUR_MS);
      const endsAt = new Date(startsAt.getTime() + length * HOUR_MS);
      const capacity = r.pick([6, 8, 10]);
      // Registered a day before the shift at least, old enough, with the skills, free that day; own district first.
      const eligible = volunteers.filter(
        (v) =>
          v.createdAt.getTime() < startsAt.getTime() - DAY_MS &&
          ageOn(v.birthDate, served) >= minAge &&
          skills.every((k) => v.skills.includes(k)) &&
          !busy.get(v.id)?.has(served),
      );
      if (Math.min(capacity, eligible.length) < 5) continue;
      // A random draw that favours the project's own district two to one.
      const chosen = eligible
        .map((v) => ({ v, key: r.next() * (v.districtCode === district ? 1 : 2) }))
        .sort((a, b) => a.key - b.key)
        .slice(0, r.int(5, Math.min(capacity, eligible.length, 8)))
        .map((x) => x.v);
      const shiftId = crowdId(`shift-${p}-${s}`);
      shifts.push({
        id: shiftId,
        projectId: id,
        startsAt,
        endsAt,
        capacity,
        waitlistCapacity: 0,
        signedUp: chosen.length,
        checkinCode: pad(r.int(0, 999_999), 6),
      });
      chosen.forEach((v, k) => {
        if (!busy.has(v.id)) busy.set(v.id, new Set());
        busy.get(v.id)!.add(served);
        // Signed up after registering and after publication, before the shift; stayed to the end or left early.
        const earliest = Math.max(v.createdAt.getTime(), publishedAt.getTime()) + HOUR_MS;
        const latest = startsAt.getTime() - 2 * HOUR_MS;
        const signedUpAt = new Date(earliest + r.next() * Math.max(0, latest - earliest));
        const hours = r.next() < 0.85 ? length : length - 0.5;
        const signupId = crowdId(`signup-${p}-${s}-${k}`);
        signups.push({
          id: signupId,
          shiftId,
          projectId: id,
          volunteerId: v.id,
          status: 'CONFIRMED',
          createdAt: signedUpAt,
          checkedInAt: startsAt,
          checkedOutAt: new Date(startsAt.getTime() + hours * HOUR_MS),
        });
        records.push({
          id: crowdId(`record-${p}-${s}-${k}`),
          projectId: id,
          volunteerId: v.id,
          shiftId,
          signupId,
          servedOn: served,
          hours: hours.toFixed(2),
          status: 'CONFIRMED',
          // Confirmed by the organization the evening after the shift, never later than now.
          confirmedAt: new Date(Math.min(dayStart(served) + DAY_MS + 18 * HOUR_MS, nowMs - HOUR_MS)),
        });
      });
    }
  });
  return { volunteers, projects, shifts, signups, records };
}
