// The city's big-data dashboard (issue 13.6): a statistics viewer (or a city admin) sees the city's totals, its 23
// districts ranked, monthly trends and categories, and drills into any district; a district admin sees only their
// own district, which is all the API answers them. Every figure comes from the registered operations
// CityStatistics, DistrictStatistics and (the city's campaigns, issue 17.4) CityCampaigns; a withheld one (fewer than
// five people) is shown as 已隐藏 with the reason.
import './style.css';
import {
  CityCampaignsDocument,
  CityStatisticsDocument,
  DistrictStatisticsDocument,
  type CityStatisticsQuery,
  type DistrictStatisticsQuery,
} from '../operations/generated/graphql';
import { ApiError, claimsOf, forgetToken, run, saveToken, savedToken, type Claims } from './api';
import { campaignRows } from './campaigns';
import { draw } from './charts';
import { show, type Figure, type Kind } from './format';

type City = CityStatisticsQuery['statistics'];
type District = DistrictStatisticsQuery['statistics'];
type Ranked = City['districts'][number];
/** The figures the city, a ranked district and a drilled-into district all have. */
type FigureKey = keyof City & keyof Ranked & keyof District;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const ROLES: Record<string, string> = {
  statistics_viewer: '统计查看员',
  city_admin: '市级管理员',
  district_admin: '区级管理员',
};

/** The figures every scope has, in the order the cards show them. */
const FIGURES: [key: FigureKey, label: string, kind: Kind][] = [
  ['volunteersTotal', '志愿者总数', 'count'],
  ['volunteersNew', '新增志愿者', 'count'],
  ['organizationsTotal', '组织总数', 'count'],
  ['organizationsRegistered', '新注册组织', 'count'],
  ['organizationsVerified', '新认证组织', 'count'],
  ['projectsPublished', '发布项目', 'count'],
  ['projectsActive', '进行中项目', 'count'],
  ['signups', '报名', 'count'],
  ['personTimes', '服务人次', 'count'],
  ['confirmedHours', '确认服务时长（小时）', 'hours'],
  ['serviceValue', '服务价值（元）', 'yuan'],
];

const RANKING_COLUMNS: [key: keyof Ranked, kind: Kind][] = [
  ['volunteersTotal', 'count'],
  ['volunteersNew', 'count'],
  ['organizationsTotal', 'count'],
  ['projectsPublished', 'count'],
  ['signups', 'count'],
  ['personTimes', 'count'],
  ['confirmedHours', 'hours'],
  ['serviceValue', 'yuan'],
];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function card(container: HTMLElement, key: string, label: string, figure: Figure | number, kind: Kind) {
  const box = element('div', 'figure');
  box.append(element('span', 'label', label));
  const value = element('span', 'value');
  value.dataset.figure = key;
  show(value, figure, kind);
  box.append(value);
  container.append(box);
}

function figureCards(container: HTMLElement, stats: Pick<City, FigureKey>) {
  container.replaceChildren();
  for (const [key, label, kind] of FIGURES) card(container, key, label, stats[key] as Figure | number, kind);
}

const NEED_STATUS: Record<string, string> = { OPEN: '待接单', TAKEN: '已接单', DONE: '已完成', CANCELLED: '已撤回' };

/**
 * The districts' own platforms: Pidu's time bank, Xinjin's points, Wuhou's needs board, for the scopes that have
 * them (the city's and their own district's).
 */
function platformCards(container: HTMLElement, stats: City | District) {
  container.replaceChildren();
  if (stats.pidu) {
    card(container, 'pidu.creditsIssued', '郫都时间币发放', stats.pidu.creditsIssued, 'count');
    card(container, 'pidu.creditsSpent', '郫都时间币使用', stats.pidu.creditsSpent, 'count');
    card(container, 'pidu.creditsHeld', '郫都时间币结余', stats.pidu.creditsHeld, 'count');
    card(container, 'pidu.bookings', '郫都服务预约', stats.pidu.bookings, 'count');
  }
  if (stats.xinjin) {
    card(container, 'xinjin.pointsIssued', '新津积分发放', stats.xinjin.pointsIssued, 'count');
    card(container, 'xinjin.pointsRedeemed', '新津积分兑换', stats.xinjin.pointsRedeemed, 'count');
  }
  if (stats.wuhou) {
    stats.wuhou.needsByStatus.forEach((s, i) =>
      card(
        container,
        `wuhou.needsByStatus.${i}.needs`,
        `武侯需求${NEED_STATUS[s.status] ?? s.status}`,
        s.needs,
        'count',
      ),
    );
    card(container, 'wuhou.honorHours', '武侯荣誉时长（小时）', stats.wuhou.honorHours, 'hours');
  }
}

/** Volunteers by star level and by age band, as they stood at the end of the range. */
function peopleCards(container: HTMLElement, stats: City | District) {
  container.replaceChildren();
  stats.starLevels.forEach((s, i) =>
    card(
      container,
      `starLevels.${i}.volunteers`,
      s.level ? `${s.level}星志愿者` : '未评星志愿者',
      s.volunteers,
      'count',
    ),
  );
  stats.ageBands.forEach((b, i) =>
    card(container, `ageBands.${i}.volunteers`, `${b.label}志愿者`, b.volunteers, 'count'),
  );
}

/** The platform's traffic (the city's scope only): totals, and requests and peak concurrency day by day. */
function trafficPanel(city: City) {
  const container = $('city-traffic');
  container.replaceChildren();
  $('chart-traffic').hidden = !city.traffic;
  if (!city.traffic) return;
  const t = city.traffic;
  card(container, 'traffic.requests', '访问请求', t.requests, 'count');
  card(container, 'traffic.queries', '查询', t.queries, 'count');
  card(container, 'traffic.mutations', '提交', t.mutations, 'count');
  card(container, 'traffic.refused', '拒绝', t.refused, 'count');
  card(container, 'traffic.peakConcurrency', '最高并发', t.peakConcurrency, 'count');
  const figure = (value: number): Figure => ({ value, suppressed: null });
  draw(
    $('chart-traffic'),
    '平台每日访问',
    t.days.map((d) => d.day),
    [
      { name: '访问请求', kind: 'count', type: 'bar', figures: t.days.map((d) => figure(d.requests)) },
      {
        name: '最高并发',
        kind: 'count',
        type: 'line',
        right: true,
        figures: t.days.map((d) => figure(d.peakConcurrency)),
      },
    ],
  );
}

/** Qionglai's villages and communities with the hours served on their projects, when the scope is Qionglai's. */
function villagesTable(d: District) {
  const section = $('district-villages');
  section.hidden = !d.qionglai;
  const body = section.querySelector('tbody')!;
  body.replaceChildren(
    ...(d.qionglai?.villages ?? []).map((v, i) => {
      const row = element('tr');
      row.append(element('td', '', v.place.town), element('td', 'name', v.place.name));
      const hours = element('td', 'num');
      hours.dataset.figure = `qionglai.villages.${i}.confirmedHours`;
      show(hours, v.confirmedHours, 'hours');
      row.append(hours);
      return row;
    }),
  );
}

function monthsChart(el: HTMLElement, title: string, stats: City | District) {
  const newVolunteers = new Map(stats.volunteerMonths.map((m) => [m.month, m.newVolunteers]));
  const none: Figure = { value: null, suppressed: null };
  draw(
    el,
    title,
    stats.months.map((m) => m.month),
    [
      { name: '服务人次', kind: 'count', type: 'bar', figures: stats.months.map((m) => m.personTimes) },
      {
        name: '新增志愿者',
        kind: 'count',
        type: 'line',
        figures: stats.months.map((m) => newVolunteers.get(m.month) ?? none),
      },
      {
        name: '服务时长（小时）',
        kind: 'hours',
        type: 'line',
        right: true,
        figures: stats.months.map((m) => m.confirmedHours),
      },
    ],
  );
}

function categoriesChart(el: HTMLElement, title: string, stats: City | District) {
  draw(
    el,
    title,
    stats.categories.map((c) => c.category?.name ?? '未分类'),
    [
      { name: '服务时长（小时）', kind: 'hours', type: 'bar', figures: stats.categories.map((c) => c.confirmedHours) },
      {
        name: '服务价值（元）',
        kind: 'yuan',
        type: 'bar',
        right: true,
        figures: stats.categories.map((c) => c.serviceValue),
      },
    ],
  );
}

const nameOf = (d: Ranked) => d.district?.name ?? d.scope;

function renderCity(city: City) {
  figureCards($('city-figures'), city);
  draw(
    $('chart-ranking'),
    '各区（市）县确认服务时长排名（小时）',
    city.districts.map(nameOf),
    [{ name: '服务时长（小时）', kind: 'hours', type: 'bar', figures: city.districts.map((d) => d.confirmedHours) }],
    true,
  );
  monthsChart($('chart-months'), '全市月度趋势', city);
  categoriesChart($('chart-categories'), '全市服务类别与服务价值', city);
  platformCards($('city-platform'), city);
  peopleCards($('city-people'), city);
  trafficPanel(city);
  const body = $('ranking').querySelector('tbody')!;
  body.replaceChildren(
    ...city.districts.map((d, i) => {
      const row = element('tr');
      row.dataset.district = d.scope;
      row.title = `查看${nameOf(d)}详情`;
      row.append(element('td', 'rank', String(i + 1)), element('td', 'name', nameOf(d)));
      for (const [key, kind] of RANKING_COLUMNS) {
        const cell = element('td', 'num');
        cell.dataset.figure = key;
        show(cell, d[key] as Figure | number, kind);
        row.append(cell);
      }
      row.addEventListener('click', () => {
        $<HTMLSelectElement>('district-select').value = d.scope;
        void load({ city: false });
      });
      return row;
    }),
  );
  const select = $<HTMLSelectElement>('district-select');
  const chosen = select.value;
  select.replaceChildren(
    ...[...city.districts]
      .sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'zh-CN'))
      .map((d) => new Option(nameOf(d), d.scope, false, d.scope === chosen)),
  );
  // Opens on the district ranked first.
  if (!chosen || !city.districts.some((d) => d.scope === chosen)) select.value = city.districts[0]?.scope ?? '';
}

/** Shows the range the API answered for (its default when none was typed) in the range inputs. */
function showRange(answered: { from: string; to: string }) {
  $<HTMLInputElement>('from').value = answered.from;
  $<HTMLInputElement>('to').value = answered.to;
  $('range-shown').textContent = `统计区间：${answered.from} 至 ${answered.to}`;
}

function renderDistrict(d: District) {
  const name = d.district?.name ?? d.scope;
  const select = $<HTMLSelectElement>('district-select');
  const option = [...select.options].find((o) => o.value === d.scope);
  if (option) option.text = name;
  if (districtAdmin()) $('who').querySelector('.role')!.textContent = `区级管理员 · ${name}`;
  figureCards($('district-figures'), d);
  monthsChart($('chart-district-months'), `${name}月度趋势`, d);
  categoriesChart($('chart-district-categories'), `${name}服务类别与服务价值`, d);
  platformCards($('district-platform'), d);
  peopleCards($('district-people'), d);
  villagesTable(d);
}

let claims: Claims = {};
const districtAdmin = () => claims.role === 'district_admin';

/** The range typed in; empty means the API's default (this year up to today, Beijing time). */
function range() {
  const from = $<HTMLInputElement>('from').value || undefined;
  const to = $<HTMLInputElement>('to').value || undefined;
  return { from, to };
}

function fail(err: unknown) {
  document.body.dataset.state = 'error';
  if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') return signOut('令牌无效或已过期，请重新登录。');
  const message =
    err instanceof ApiError && err.code === 'FORBIDDEN'
      ? `无权查看：${err.message}`
      : `加载失败：${(err as Error).message}`;
  $('board-error').textContent = message;
}

let loads = 0;

/** Loads the city (unless only the district changed, or the caller is a district admin) and the chosen district. */
async function load(what: { city: boolean }) {
  const token = savedToken();
  if (!token) return signOut();
  const mine = ++loads;
  document.body.dataset.state = 'loading';
  $('board-error').textContent = '';
  try {
    const { from, to } = range();
    if (what.city && !districtAdmin()) {
      const city = (await run(CityStatisticsDocument, { from, to }, token)).statistics;
      if (mine !== loads) return;
      renderCity(city);
      showRange(city);
      // Campaigns run over their own periods: the range typed in does not cut them.
      const { campaigns } = await run(CityCampaignsDocument, {}, token);
      if (mine !== loads) return;
      campaignRows($('campaigns').querySelector('tbody')!, campaigns);
    }
    const district = $<HTMLSelectElement>('district-select').value;
    if (district) {
      const d = (await run(DistrictStatisticsDocument, { district, from, to }, token)).statistics;
      if (mine !== loads) return;
      renderDistrict(d);
      showRange(d);
    }
    document.body.dataset.state = 'ready';
  } catch (err) {
    if (mine === loads) fail(err);
  }
}

function signOut(message = '') {
  forgetToken();
  claims = {};
  $('board').hidden = true;
  $('sign-in').hidden = false;
  $('who').replaceChildren();
  $('sign-in-error').textContent = message;
  document.body.dataset.state = 'signed-out';
}

function start(token: string) {
  claims = claimsOf(token) ?? {};
  $('sign-in').hidden = true;
  $('board').hidden = false;
  const who = $('who');
  const out = element('button', 'sign-out', '退出');
  out.type = 'button';
  out.addEventListener('click', () => signOut());
  const role = ROLES[claims.role ?? ''] ?? claims.role ?? '';
  who.replaceChildren(element('span', 'role', role), out);
  const select = $<HTMLSelectElement>('district-select');
  // A district admin's figures are their district's alone: no city section, no ranking, no other district to pick.
  $('city').hidden = districtAdmin();
  select.disabled = districtAdmin();
  $('district-note').textContent = districtAdmin() ? '区级管理员只能查看本区的数据。' : '';
  if (districtAdmin()) select.replaceChildren(new Option(claims.district ?? '', claims.district ?? ''));
  void load({ city: true });
}

$('sign-in-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const token = $<HTMLTextAreaElement>('token')
    .value.trim()
    .replace(/^Bearer\s+/i, '');
  const c = claimsOf(token);
  if (!c) return void ($('sign-in-error').textContent = '这不是一个有效的令牌。');
  if (!c.role || !ROLES[c.role])
    return void ($('sign-in-error').textContent =
      `此令牌的角色（${c.role ?? '无'}）不能查看统计数据：请使用统计查看员或区级管理员的令牌。`);
  $<HTMLTextAreaElement>('token').value = '';
  saveToken(token);
  start(token);
});

$('range').addEventListener('submit', (e) => {
  e.preventDefault();
  void load({ city: true });
});

/** Beijing's today: the API's days are Beijing days. */
const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

for (const button of $('range').querySelectorAll<HTMLButtonElement>('[data-preset]'))
  button.addEventListener('click', () => {
    const today = beijingToday();
    const preset = button.dataset.preset!;
    let from = `${today.slice(0, 4)}-01-01`;
    if (preset !== 'year') {
      const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - Number(preset) + 1);
      from = d.toISOString().slice(0, 10);
    }
    $<HTMLInputElement>('from').value = from;
    $<HTMLInputElement>('to').value = today;
    void load({ city: true });
  });

$('district-select').addEventListener('change', () => void load({ city: false }));

const token = savedToken();
if (token) start(token);
