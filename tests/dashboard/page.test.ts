import type { Browser, Page } from 'playwright-core';
import {
  CityCampaignsDocument,
  CityStatisticsDocument,
  DistrictStatisticsDocument,
} from '../../gateway/operations/generated/graphql';
import type { RunningGateway } from '../../gateway/server';
import { artifactPath, launchChromium } from '../testkit/browser';
import { expectNoErrors, startCity, type City } from '../testkit/city';
import { cityAdminToken, districtAdminToken, orgAdminToken, statisticsViewerToken } from '../testkit/tokens';
import { dayFromNow } from '../testkit/days';
import { ORG } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import { publishedProject } from '../projects/helpers';
import { viteBuild } from '../testkit/vite';

/**
 * The dashboard page (issue 13.6) in headless Chromium, as a person opens it: signing in with a pasted token, the
 * numbers it shows must be the API's for the same query, withheld figures shown as withheld with their reason, and
 * a district admin sees their own district only. The viewer's test runs on a production gateway in
 * trusted-documents mode (the page may send only registered operations), the district admin's on a development
 * gateway (whose persisted-query store starts empty). Screenshots go to artifacts/dashboard/.
 */
let city: City;
let prod: RunningGateway;
let browser: Browser;
beforeAll(async () => {
  await viteBuild('gateway/dashboard/vite.config.mts');
  browser = await launchChromium();
  city = await startCity();
  prod = await city.startGateway({ production: true, trustedDocuments: true });
  await campaignWithService();
}, 400_000);

/**
 * A campaign with targets in two districts and confirmed service in one of them and in two districts without a
 * target, so the page's campaign table has targets, progress and dashes to show, and figures withheld (one and two
 * people behind them) beside shown ones (five people).
 */
async function campaignWithService() {
  const OPEN = graphql(`
    mutation PageOpenCampaign($input: CampaignInput!) {
      openCampaign(input: $input) {
        code
      }
    }
  `);
  const CONFIRM = graphql(`
    mutation PageConfirm($ids: [ID!]!) {
      confirmServiceRecords(ids: $ids) {
        id
      }
    }
  `);
  const targets = [
    { district: 'dayi', personTimes: 40, hours: 120 },
    { district: 'pujiang', hours: 60 },
  ];
  const input = {
    code: 'epidemic-page',
    name: '疫情防控志愿服务月',
    startsOn: dayFromNow(-20),
    endsOn: dayFromNow(40),
    targets,
  };
  expectNoErrors(await city.query(OPEN, { input }, await cityAdminToken(city)));
  const org = await orgAdminToken(city, ORG(1));
  for (const [district, hours] of [
    ['dayi', [3, 2.5, 4, 1, 2]],
    ['jinjiang', [1.5]],
    ['xinjin', [1, 2]],
  ] as const) {
    const project = await publishedProject(city, ORG(1), { districtCode: district, campaignCode: 'epidemic-page' });
    const ids: string[] = (
      await city.subgraphs.get('projects')!.db.query(
        `INSERT INTO service_record (project_id, volunteer_id, served_on, hours, status)
           SELECT $1, gen_random_uuid(), $2, h, 'PENDING' FROM unnest($3::numeric[]) h RETURNING id`,
        [project.id, dayFromNow(-2), hours],
      )
    ).map((r: { id: string }) => r.id);
    expectNoErrors(await city.query(CONFIRM, { ids }, org));
  }
}
afterAll(async () => {
  await browser?.close();
  await prod?.stop();
  await city?.stop();
});

const origin = (gw: RunningGateway) => gw.url.replace('/graphql', '');

type Figure = { value: number | null; suppressed: string | null } | number;
type Scope = Record<string, unknown>;

/** What the page shows for a figure: the number with the page's precision, or 已隐藏 with the reason. */
const PRECISION: Record<string, number> = { confirmedHours: 1, honorHours: 1, hours: 1 };
function expected(key: string, figure: Figure) {
  if (typeof figure === 'number') return { text: figure, title: null };
  if (figure.value === null) return { text: '已隐藏', title: `已隐藏：${figure.suppressed}` };
  const digits = PRECISION[key.split('.').pop()!] ?? 0;
  return { text: Math.round(figure.value * 10 ** digits) / 10 ** digits, title: null };
}

/** Every `[data-figure]` element under `selector`: key, number read back (separators and ¥ dropped), title. */
async function shown(page: Page, selector: string) {
  return page.$$eval(`${selector} [data-figure]`, (els) =>
    els.map((e) => ({
      key: e.getAttribute('data-figure')!,
      text: e.textContent === '已隐藏' ? '已隐藏' : Number(e.textContent!.replace(/[^0-9.-]/g, '')),
      title: e.getAttribute('title'),
    })),
  );
}

/** The page's figures under `selector` against the API's `scope`: every key present, each equal. */
async function expectFigures(page: Page, selector: string, scope: Scope, keys: string[]) {
  const cells = await shown(page, selector);
  expect(cells.map((c) => c.key)).toEqual(keys);
  const figureOf = (key: string) =>
    key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], scope) as Figure;
  expect(cells).toEqual(keys.map((key) => ({ key, ...expected(key, figureOf(key)) })));
}

const FIGURES = [
  'volunteersTotal',
  'volunteersNew',
  'organizationsTotal',
  'organizationsRegistered',
  'organizationsVerified',
  'projectsPublished',
  'projectsActive',
  'signups',
  'personTimes',
  'confirmedHours',
  'serviceValue',
];
const RANKING = [
  'volunteersTotal',
  'volunteersNew',
  'organizationsTotal',
  'projectsPublished',
  'signups',
  'personTimes',
  'confirmedHours',
  'serviceValue',
];
/** Volunteers by star level, then by age band: a path into the API's answer each. */
const peopleKeys = (scope: { starLevels: unknown[]; ageBands: unknown[] }) => [
  ...scope.starLevels.map((_, i) => `starLevels.${i}.volunteers`),
  ...scope.ageBands.map((_, i) => `ageBands.${i}.volunteers`),
];

/** The districts' own platform figures a scope has, in the page's order (a path into the API's answer each). */
function platformKeys(scope: {
  pidu?: unknown;
  xinjin?: unknown;
  wuhou?: { needsByStatus: unknown[] } | null;
}): string[] {
  return [
    ...(scope.pidu ? ['pidu.creditsIssued', 'pidu.creditsSpent', 'pidu.creditsHeld', 'pidu.bookings'] : []),
    ...(scope.xinjin ? ['xinjin.pointsIssued', 'xinjin.pointsRedeemed'] : []),
    ...(scope.wuhou
      ? [...scope.wuhou.needsByStatus.map((_, i) => `wuhou.needsByStatus.${i}.needs`), 'wuhou.honorHours']
      : []),
  ];
}

/** A page in a fresh browser context (its own sessionStorage), recording every URL it asks for. */
async function openPage(gw: RunningGateway) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const requests: { url: string; body: string | null }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(`${origin(gw)}/dashboard`);
  expect(res?.status()).toBe(200);
  expect(page.url()).toBe(`${origin(gw)}/dashboard/`);
  return { page, requests, errors, close: () => context.close() };
}

async function signIn(page: Page, token: string) {
  expect(await page.getAttribute('body', 'data-state')).toBe('signed-out');
  await page.fill('#token', token);
  await page.click('#sign-in-form button[type=submit]');
  const started = Date.now();
  // Generous: CI's two cores may be busy with the rest of the city.
  await page.waitForSelector('body:is([data-state=ready], [data-state=error])', { timeout: 150_000 });
  console.log(`dashboard: signed in and loaded in ${Date.now() - started} ms`);
  // A failed load shows why; the test says the same rather than only that the page never got ready.
  expect(await page.textContent('#board-error')).toBe('');
  expect(await page.getAttribute('body', 'data-state')).toBe('ready');
}

const hashOf = (doc: unknown) => (doc as { __meta__: { hash: string } }).__meta__.hash;

test('a statistics viewer sees the city, its 23 districts ranked and a district, as the API gives them', async () => {
  const viewer = await statisticsViewerToken(city);
  const { page, requests, errors, close } = await openPage(prod);
  try {
    await signIn(page, viewer);
    const api = expectNoErrors(await city.query(CityStatisticsDocument, {}, viewer)).statistics;
    expect(await page.textContent('#range-shown')).toContain(`${api.from} 至 ${api.to}`);

    await expectFigures(page, '#city-figures', api, FIGURES);
    expect(platformKeys(api)).toContain('wuhou.honorHours');
    await expectFigures(page, '#city-platform', api, platformKeys(api));
    expect(api.starLevels).toHaveLength(6);
    await expectFigures(page, '#city-people', api, peopleKeys(api));

    // Traffic keeps counting (this page's requests too): what the page showed is at most what the API says later.
    const traffic = await shown(page, '#city-traffic');
    const TRAFFIC = ['requests', 'queries', 'mutations', 'refused', 'peakConcurrency'] as const;
    expect(traffic.map((c) => c.key)).toEqual(TRAFFIC.map((k) => `traffic.${k}`));
    const later = expectNoErrors(await city.query(CityStatisticsDocument, {}, viewer)).statistics.traffic!;
    TRAFFIC.forEach((k, i) => expect(traffic[i].text).toBeLessThanOrEqual(later[k]));

    // The ranking: the API's order, all 23, each cell the API's (withheld ones with the API's reason).
    expect(api.districts).toHaveLength(23);
    const rows = await page.$$eval('#ranking tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-district'), tr.querySelector('.name')!.textContent]),
    );
    expect(rows).toEqual(api.districts.map((d) => [d.scope, d.district!.name]));
    for (const d of api.districts) await expectFigures(page, `#ranking tr[data-district=${d.scope}]`, d, RANKING);
    const withheld = (await shown(page, '#ranking')).filter((c) => c.text === '已隐藏');
    console.log(`dashboard: ${withheld.length} ranking cells withheld on the demo data`);

    // The campaigns: every campaign × district of the API's, each target and figure the API's.
    const { campaigns } = expectNoErrors(await city.query(CityCampaignsDocument, {}, viewer));
    const campaignKeys = campaigns.flatMap((c, i) =>
      c.districts.flatMap((d, j) => {
        const at = `campaigns.${i}.districts.${j}`;
        return [
          ...(d.target?.personTimes != null ? [`${at}.target.personTimes`] : []),
          `${at}.personTimes`,
          ...(d.target?.hours != null ? [`${at}.target.hours`] : []),
          `${at}.hours`,
        ];
      }),
    );
    const epidemic = campaigns.find((c) => c.code === 'epidemic-page')!;
    expect(epidemic.districts.map((d) => [d.district.code, d.personTimes.value, d.hours.value])).toEqual([
      ['dayi', 5, 12.5],
      ['jinjiang', null, null],
      ['pujiang', 0, 0],
      ['xinjin', null, null],
    ]);
    await expectFigures(page, '#campaigns', { campaigns }, campaignKeys);
    const dayiRow = await page.$$eval('#campaigns tr[data-campaign=epidemic-page][data-district=dayi] td', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(dayiRow).toEqual([
      '疫情防控志愿服务月',
      expect.any(String),
      '大邑县',
      '40',
      '5',
      '12%',
      '120',
      '12.5',
      '10%',
    ]);
    const jinjiangRow = await page.$$eval(
      '#campaigns tr[data-campaign=epidemic-page][data-district=jinjiang] td',
      (tds) => tds.map((td) => td.textContent),
    );
    expect(jinjiangRow.slice(3)).toEqual(['—', '已隐藏', '—', '—', '已隐藏', '—']);

    // The charts are drawn (ECharts on canvases).
    for (const chart of ['chart-ranking', 'chart-months', 'chart-categories', 'chart-traffic', 'chart-district-months'])
      expect(await page.$$(`#${chart} canvas`)).not.toHaveLength(0);

    // Drill-down: the page opens on the district ranked first; a click on another's row shows that one's figures.
    const districtApi = async (district: string) =>
      expectNoErrors(await city.query(DistrictStatisticsDocument, { district }, viewer)).statistics;
    const [first, second] = api.districts;
    expect(await page.inputValue('#district-select')).toBe(first.scope);
    await expectFigures(page, '#district-figures', await districtApi(first.scope), FIGURES);
    await page.click(`#ranking tr[data-district=${second.scope}]`);
    // The click starts loading at once (data-state=loading), so the next ready is that district's.
    await page.waitForSelector('body[data-state=ready]', { timeout: 150_000 });
    expect(await page.inputValue('#district-select')).toBe(second.scope);
    await expectFigures(page, '#district-figures', await districtApi(second.scope), FIGURES);

    // Pidu, picked from the list, with its time bank.
    await page.selectOption('#district-select', 'pidu');
    await page.waitForSelector('body[data-state=ready]', { timeout: 150_000 });
    await page.waitForSelector('#district-platform [data-figure="pidu.bookings"]');
    const pidu = await districtApi('pidu');
    expect(pidu.district?.name).toBe('郫都区');
    await expectFigures(page, '#district-figures', pidu, FIGURES);
    await expectFigures(page, '#district-platform', pidu, platformKeys(pidu));
    await expectFigures(page, '#district-people', pidu, peopleKeys(pidu));
    expect(platformKeys(pidu)).toHaveLength(4);

    // Qionglai, with the hours of each of its villages and communities.
    await page.selectOption('#district-select', 'qionglai');
    await page.waitForSelector('body[data-state=ready]', { timeout: 150_000 });
    await page.waitForSelector('#district-villages:not([hidden])');
    const qionglai = await districtApi('qionglai');
    await expectFigures(page, '#district-figures', qionglai, FIGURES);
    const villages = qionglai.qionglai!.villages;
    expect(villages.length).toBeGreaterThan(0);
    await expectFigures(
      page,
      '#district-villages',
      qionglai,
      villages.map((_, i) => `qionglai.villages.${i}.confirmedHours`),
    );
    await page.selectOption('#district-select', 'pidu');
    await page.waitForSelector('body[data-state=ready]', { timeout: 150_000 });
    expect(await page.isVisible('#district-villages')).toBe(false);

    // The token is the tab's alone; every request went to this gateway, and only registered operations by id.
    expect(await page.evaluate(() => sessionStorage.getItem('qingju.dashboard.token'))).toBe(viewer);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(requests.filter((r) => !r.url.startsWith(origin(prod)))).toEqual([]);
    const operations = requests.filter((r) => r.url.endsWith('/graphql')).map((r) => JSON.parse(r.body!));
    const [cityOperation, campaignOperation, ...districtOperations] = operations.map((o) => o.documentId);
    expect(cityOperation).toBe(hashOf(CityStatisticsDocument));
    expect(campaignOperation).toBe(hashOf(CityCampaignsDocument));
    expect(districtOperations.length).toBeGreaterThanOrEqual(4);
    expect(new Set(districtOperations)).toEqual(new Set([hashOf(DistrictStatisticsDocument)]));
    expect(errors).toEqual([]);

    const file = artifactPath('dashboard', 'statistics-viewer.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`dashboard screenshot: ${file}`);
  } finally {
    await close();
  }
});

test('a district admin sees only their own district, and no city figures or ranking', async () => {
  const admin = await districtAdminToken(city, 'xinjin');
  const { page, requests, errors, close } = await openPage(city.gateway);
  try {
    await signIn(page, admin);
    expect(await page.isVisible('#city')).toBe(false);
    expect(await page.$$('#ranking tbody tr')).toHaveLength(0);
    const options = await page.$$eval('#district-select option', (os) =>
      os.map((o) => [o.getAttribute('value'), o.textContent]),
    );
    expect(options).toEqual([['xinjin', '新津区']]);
    expect(await page.isDisabled('#district-select')).toBe(true);

    const api = expectNoErrors(await city.query(DistrictStatisticsDocument, { district: 'xinjin' }, admin)).statistics;
    await expectFigures(page, '#district-figures', api, FIGURES);
    await expectFigures(page, '#district-platform', api, platformKeys(api));
    await expectFigures(page, '#district-people', api, peopleKeys(api));
    expect(platformKeys(api)).toEqual(['xinjin.pointsIssued', 'xinjin.pointsRedeemed']);

    // The page never asked for the city's figures (which the API would refuse this token anyway).
    const sent = requests.filter((r) => r.url.endsWith('/graphql')).map((r) => JSON.parse(r.body!));
    expect(sent.length).toBeGreaterThan(0);
    expect(
      sent.every((o) => o.documentId === hashOf(DistrictStatisticsDocument) || o.query?.includes('DistrictStatistics')),
    ).toBe(true);
    expect(errors).toEqual([]);

    const file = artifactPath('dashboard', 'district-admin.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`dashboard screenshot: ${file}`);
  } finally {
    await close();
  }
});

test('a token of a role without figures is refused, and an unverifiable one sends the page back', async () => {
  const { page, close } = await openPage(city.gateway);
  try {
    await page.fill('#token', await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' }));
    await page.click('#sign-in-form button[type=submit]');
    expect(await page.textContent('#sign-in-error')).toContain('此令牌的角色（volunteer）不能查看统计数据');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    // A statistics viewer's claims, signed by nobody the gateway trusts: the API refuses it and the page forgets it.
    const forged = (await statisticsViewerToken(city)).replace(/\.[^.]+$/, '.c2lnbmF0dXJl');
    await page.fill('#token', forged);
    await page.click('#sign-in-form button[type=submit]');
    await page.waitForSelector('body[data-state=signed-out] #sign-in-error:has-text("令牌无效或已过期")');
    expect(await page.isVisible('#board')).toBe(false);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  } finally {
    await close();
  }
});
