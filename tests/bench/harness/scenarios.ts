import { parse, print, visit } from 'graphql';
import { Client } from 'pg';
import { loadManifest, operationNamed } from '../../../gateway/trusted-documents';
import type { Caller } from '../../../subgraphs/kit/runtime/caller';
import type { BenchSystem } from './system';

/** One request of a scenario: its body, and who sends it (the gateways get a token, a subgraph the signed caller). */
export interface BenchRequest {
  body: string;
  token?: string;
  caller: Caller;
}

export interface Scenario {
  name: string;
  /** What it stands for, for the report. */
  title: string;
  /** The subgraph that alone serves it, when one does: it is then also called directly. */
  subgraph?: string;
  /** Sign-ups: each request is used once, so runs take consecutive slices of this list. */
  consumes?: boolean;
  requests: BenchRequest[];
}

/** What the data holds: the report says what the figures were measured on. */
export interface DataSize {
  projects: number;
  publishedProjects: number;
  volunteers: number;
  organizations: number;
  shifts: number;
}

const manifest = loadManifest();
const registered = (name: string) => operationNamed(manifest, name);

/** The volunteer profile page: star level (volunteers, from projects' hours) and a district platform's field. */
const PROFILE = `query BenchVolunteerProfile {
  me {
    id
    displayName
    memberSince
    district { code name }
    confirmedHours
    starLevel
    hoursToNextStar
    points
    longquanyi { stars title hours }
  }
}`;

/**
 * The city dashboard for a year: CityStatistics without its `traffic`, which only our gateway can answer (the
 * traffic subgraph runs inside our gateway's process, so Hive Gateway has no address for it).
 */
const dashboard = () =>
  print(visit(parse(registered('CityStatistics')), { Field: (f) => (f.name.value === 'traffic' ? null : undefined) }));

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const anonymous: Caller = { kind: 'anonymous' };
const beijingDate = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** At most `n` items, spread evenly over the list (a city's first rows are not its typical ones). */
const spread = <T>(list: T[], n: number) =>
  list.length <= n ? list : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);

/**
 * Places to sign up for: a project that one of the data's organizations publishes through our gateway (as its admin
 * would), with a one-hour shift each evening for 100 days, 1,000 places each. The demo has a few hundred free places
 * in all, which a sign-up run uses up in a second; a city has more, but the bench must not depend on which data it
 * runs on. Each bench run adds one such project.
 */
async function publishBenchProject(system: BenchSystem, db: Client) {
  const { rows } = await db.query<{ organization_id: string; account_id: string; district_code: string }>(
    `SELECT a.organization_id, a.account_id, o.district_code
       FROM organizations.organization_admin a JOIN organizations.organization o ON o.id = a.organization_id
      WHERE o.status = 'VERIFIED' ORDER BY a.organization_id, a.account_id LIMIT 1`,
  );
  if (!rows.length) throw new Error('no verified organization with an admin to publish the sign-up project');
  const admin = rows[0];
  const token = await system.token({ role: 'org_admin', sub: admin.account_id, org: admin.organization_id });
  const call = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data?: Record<string, { id: string }>; errors?: unknown[] };
    if (json.errors?.length) throw new Error(`publishing the sign-up project: ${JSON.stringify(json.errors)}`);
    return json.data!;
  };
  const days = Array.from({ length: 100 }, (_, i) => beijingDate(2 + i));
  const created = await call(
    'mutation BenchCreateProject($input: ProjectInput!) { createProject(input: $input) { id } }',
    {
      input: {
        title: '压力测试：社区夜间志愿服务',
        description: '基准测试生成的项目：每晚一小时的社区服务，名额充足。',
        categoryCode: 'elderly',
        subcategoryCode: 'elderly.smartphone',
        districtCode: admin.district_code,
        address: '社区活动室',
        contactName: '测试员',
        contactPhone: '13880011001',
        startsOn: days[0],
        endsOn: days[days.length - 1],
        shifts: days.map((date) => ({ date, startTime: '19:00', endTime: '20:00', capacity: 1000 })),
      },
    },
  );
  await call('mutation BenchPublishProject($id: ID!) { publishProject(id: $id) { id } }', {
    id: created.createProject.id,
  });
}

/**
 * Reads what to ask for from the data (whatever DATABASE_URL holds: the demo, or a seeded city) and builds the
 * scenarios. Sign-ups pair volunteers with future shifts that have places, never two overlapping shifts for one
 * volunteer nor one they hold, and never more pairs for a shift than its free places: every sign-up should succeed
 * and none may overbook.
 */
export async function buildScenarios(system: BenchSystem): Promise<{ size: DataSize; scenarios: Scenario[] }> {
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  try {
    await publishBenchProject(system, db);
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0].n);
    const size: DataSize = {
      projects: await count('SELECT count(*) AS n FROM projects.project'),
      publishedProjects: await count(`SELECT count(*) AS n FROM projects.project WHERE status = 'PUBLISHED'`),
      volunteers: await count('SELECT count(*) AS n FROM volunteers.volunteer'),
      organizations: await count('SELECT count(*) AS n FROM organizations.organization'),
      shifts: await count('SELECT count(*) AS n FROM projects.shift'),
    };
    const projects = (
      await db.query<{ id: string; organization_id: string }>(
        `SELECT id, organization_id FROM projects.project WHERE status = 'PUBLISHED' ORDER BY id LIMIT 5000`,
      )
    ).rows;
    const volunteers = (
      await db.query<{ volunteer_id: string; account_id: string }>(
        `SELECT volunteer_id, account_id FROM projects.volunteer_replica
          WHERE account_id IS NOT NULL AND status NOT IN ('SUSPENDED', 'CANCELLED', 'DEREGISTERED', 'INACTIVE')
            AND (birth_date IS NULL OR birth_date < now() - interval '19 years')
          ORDER BY account_id LIMIT 2000`,
      )
    ).rows;
    const shifts = (
      await db.query<{ id: string; starts_at: Date; ends_at: Date; free: number }>(
        `SELECT s.id, s.starts_at, s.ends_at, s.capacity - s.signed_up AS free
           FROM projects.shift s JOIN projects.project p ON p.id = s.project_id
          WHERE p.status = 'PUBLISHED' AND s.cancelled_at IS NULL AND s.starts_at > now() + interval '1 day'
            AND s.capacity > s.signed_up AND p.min_age IS NULL AND p.required_skills = '{}'
            AND p.required_course_code IS NULL
          ORDER BY s.starts_at, s.id LIMIT 20000`,
      )
    ).rows;
    const held = (
      await db.query<{ volunteer_id: string; starts_at: Date; ends_at: Date }>(
        `SELECT g.volunteer_id, s.starts_at, s.ends_at FROM projects.signup g JOIN projects.shift s ON s.id = g.shift_id
          WHERE g.status IN ('CONFIRMED', 'WAITLISTED') AND s.ends_at > now()`,
      )
    ).rows;
    if (!projects.length || !volunteers.length)
      throw new Error('the database holds no published projects or volunteers');

    const tokens = new Map<string, string>();
    for (const v of spread(volunteers, 200))
      tokens.set(v.account_id, await system.token({ role: 'volunteer', sub: v.account_id }));
    const volunteerCaller = (account: string): Caller => ({ kind: 'volunteer', accountId: account });
    const signedIn = [...tokens].map(([account, token]) => ({ account, token }));

    // Sign-up pairs: shift by shift, the next volunteers (round robin) who hold nothing overlapping.
    const busy = new Map<string, { from: number; to: number }[]>();
    for (const h of held)
      (busy.get(h.volunteer_id) ?? busy.set(h.volunteer_id, []).get(h.volunteer_id)!).push({
        from: +h.starts_at,
        to: +h.ends_at,
      });
    const pairs: BenchRequest[] = [];
    let cursor = 0;
    const signUp = registered('SignUp');
    for (const s of shifts) {
      let placed = 0;
      for (let tried = 0; tried < volunteers.length && placed < s.free && pairs.length < 20_000; tried++) {
        const v = volunteers[cursor++ % volunteers.length];
        const intervals = busy.get(v.volunteer_id) ?? [];
        if (intervals.some((i) => i.from < +s.ends_at && +s.starts_at < i.to)) continue;
        intervals.push({ from: +s.starts_at, to: +s.ends_at });
        busy.set(v.volunteer_id, intervals);
        placed++;
        pairs.push({
          body: body(signUp, { shiftId: s.id }),
          caller: volunteerCaller(v.account_id),
          token: v.account_id,
        });
      }
    }
    // Tokens for the sign-up volunteers, minted now (a pair held the account id in `token` until here).
    for (const p of pairs) {
      const account = p.token!;
      if (!tokens.has(account)) tokens.set(account, await system.token({ role: 'volunteer', sub: account }));
      p.token = tokens.get(account);
    }

    const viewer = await system.token({ role: 'statistics_viewer', sub: 'bench-statistics-viewer' });
    const viewerCaller: Caller = { kind: 'statisticsViewer', accountId: 'bench-statistics-viewer' };
    const month = beijingDate().slice(0, 8);
    const some = spread(projects, 200);
    const organizations = [...new Set(some.map((p) => p.organization_id))];
    const search: BenchRequest[] = ['社区', '服务', '环保', '助老'].map((keyword) => ({
      body: body(registered('FindProjects'), { filter: { keyword }, first: 20 }),
      caller: anonymous,
    }));
    const detail = some.map((p) => ({ body: body(registered('ProjectDetail'), { id: p.id }), caller: anonymous }));
    const calendar = [
      { body: body(registered('ProjectCalendar'), { from: `${month}01`, to: `${month}28` }), caller: anonymous },
    ];
    const organizationPages = organizations.map((id) => ({
      body: body(registered('OrganizationPage'), { id }),
      caller: anonymous,
    }));
    const profile = signedIn.map((s) => ({ body: body(PROFILE), token: s.token, caller: volunteerCaller(s.account) }));
    const mySignups = signedIn.map((s) => ({
      body: body(registered('MySignups')),
      token: s.token,
      caller: volunteerCaller(s.account),
    }));
    const list = [{ body: body(registered('ProjectList'), { first: 20 }), caller: anonymous }];

    // The peak day: 70 % anonymous browsing, 25 % signed-in pages, 5 % sign-ups, interleaved (a cycle of 20).
    const at = <T>(xs: T[], i: number) => xs[i % xs.length];
    const mix: BenchRequest[] = [];
    const unique = pairs.slice(Math.floor(pairs.length / 2));
    for (let i = 0; mix.length < 20_000; i++) {
      const slot = i % 20;
      if (slot < 4) mix.push(at(search, i));
      else if (slot < 8) mix.push(at(detail, i));
      else if (slot < 10) mix.push(at(list, i));
      else if (slot < 12) mix.push(at(calendar, i));
      else if (slot < 14) mix.push(at(organizationPages, i));
      else if (slot < 17) mix.push(at(profile, i));
      else if (slot < 19) mix.push(at(mySignups, i));
      else if (unique.length) mix.push(unique.pop()!);
    }
    const scenarios: Scenario[] = [
      { name: 'search', title: 'search page (FindProjects, 20 per page, 4 keywords)', requests: search },
      { name: 'projectDetail', title: 'project detail (ProjectDetail)', requests: detail },
      {
        name: 'volunteerProfile',
        title: 'volunteer profile, star level, Longquanyi field (signed in)',
        requests: profile,
      },
      {
        name: 'calendar',
        title: 'calendar, this month, citywide (ProjectCalendar)',
        subgraph: 'projects',
        requests: calendar,
      },
      {
        name: 'signUp',
        title: 'sign-up (SignUp, a new volunteer-shift pair each)',
        subgraph: 'projects',
        consumes: true,
        requests: pairs.slice(0, Math.floor(pairs.length / 2)),
      },
      {
        name: 'cityDashboard',
        title: 'city dashboard, last 12 months (CityStatistics)',
        requests: [
          {
            body: body(dashboard(), { from: beijingDate(-364), to: beijingDate() }),
            token: viewer,
            caller: viewerCaller,
          },
        ],
      },
      {
        name: 'partnerProjects',
        title: "an organization's project list (OrganizationPage)",
        requests: organizationPages,
      },
      {
        name: 'peakMix',
        title: 'peak-day mix: 70% browsing, 25% signed in, 5% sign-ups',
        consumes: true,
        requests: mix,
      },
    ];
    return { size, scenarios };
  } finally {
    await db.end();
  }
}

/** Shifts holding more confirmed sign-ups than places: must be none, however the sign-ups raced. */
export async function overbookedShifts(databaseUrl: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM (
         SELECT s.id FROM projects.shift s JOIN projects.signup g ON g.shift_id = s.id AND g.status = 'CONFIRMED'
          GROUP BY s.id, s.capacity HAVING count(*) > s.capacity) x`,
    );
    return Number(rows[0].n);
  } finally {
    await db.end();
  }
}
