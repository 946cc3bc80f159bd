import crypto from 'node:crypto';
import { demoDay } from '../../subgraphs/kit/city/demo-days';
import projectsDemo from '../../subgraphs/projects/data/demo.json';
import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { DEMO_PROJECT, ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const CALENDAR = graphql(`
  query CalendarShareGalleryCalendar($d: ID, $from: String!, $to: String!) {
    calendar(district: $d, from: $from, to: $to) {
      date
      shiftCount
      freePlaces
      shifts {
        startTime
        endTime
        project {
          title
          district {
            code
          }
        }
      }
    }
  }
`);

test('the project calendar shows shifts by day for a district or the whole city', async () => {
  // Demo dates move with the day the demo is seeded (kit/demo-days); the files are written for December 2026.
  const { calendar } = expectNoErrors(
    await city.query(CALENDAR, { d: 'pidu', from: demoDay('2026-12-01'), to: demoDay('2026-12-31') }),
  );
  expect(calendar.map((d) => d.date)).toEqual(
    ['2026-12-08', '2026-12-09', '2026-12-11', '2026-12-12'].map((d) => demoDay(d)),
  );
  expect(calendar[0]).toEqual({
    date: demoDay('2026-12-08'),
    shiftCount: 1,
    freePlaces: 15,
    shifts: [
      {
        startTime: '18:00',
        endTime: '20:30',
        project: { title: '郫都区团结街道垃圾分类宣传', district: { code: 'pidu' } },
      },
    ],
  });
  // The whole city on one day: other test files may add shifts to it, so only the demo ones are certain.
  const [day] = expectNoErrors(
    await city.query(CALENDAR, { from: demoDay('2026-12-15'), to: demoDay('2026-12-15') }),
  ).calendar;
  expect(day.date).toBe(demoDay('2026-12-15'));
  expect(day.shiftCount).toBe(day.shifts.length);
  const bloodDrive = day.shifts.filter((s) => s.project.title === '锦江区冬季献血点引导服务');
  expect(bloodDrive.map((s) => s.startTime)).toEqual(['09:00', '13:00']);
  expectError(await city.query(CALENDAR, { from: '2026-12-01', to: '2027-02-01' }), 'BAD_USER_INPUT');
  expectError(await city.query(CALENDAR, { from: '2026-12-10', to: '2026-12-01' }), 'BAD_USER_INPUT');
  expectError(await city.query(CALENDAR, { from: 'December', to: '2026-12-01' }), 'BAD_USER_INPUT');
  expectError(await city.query(CALENDAR, { d: 'beijing', from: '2026-12-01', to: '2026-12-02' }), 'BAD_USER_INPUT');
});

test("a volunteer's own calendar and a secret, rotatable feed with what an .ics file needs", async () => {
  const token = await city.token({ role: 'volunteer', sub: 'demo-volunteer-13' });
  const [{ id: shiftId }] = await city.subgraphs
    .get('projects')!
    .db.query(`SELECT id FROM shift WHERE project_id = $1 AND starts_at > now() ORDER BY starts_at LIMIT 1`, [
      DEMO_PROJECT(13),
    ]);
  expectNoErrors(
    await city.query(
      graphql(`
        mutation CalendarShareGallerySignUp($s: ID!) {
          signUp(shiftId: $s) {
            id
          }
        }
      `),
      { s: shiftId },
      token,
    ),
  );
  const december = { from: demoDay('2026-12-01'), to: demoDay('2026-12-31') };
  const mine = expectNoErrors(
    await city.query(
      graphql(`
        query CalendarShareGalleryMyCalendar($from: String!, $to: String!) {
          myCalendar(from: $from, to: $to) {
            status
            shift {
              date
              startTime
            }
            project {
              title
            }
          }
        }
      `),
      december,
      token,
    ),
  ).myCalendar;
  expect(mine).toEqual([
    {
      status: 'CONFIRMED',
      shift: { date: demoDay('2026-12-12'), startTime: '09:30' },
      project: { title: '成都博物馆展厅讲解与秩序维护' },
    },
  ]);
  expectError(
    await city.query(
      graphql(`
        query CalendarShareGalleryMyCalendar2 {
          myCalendar(from: "2026-12-01", to: "2026-11-01") {
            id
          }
        }
      `),
      {},
      token,
    ),
    'BAD_USER_INPUT',
  );
  const ON_CARD = graphql(`
    query CalendarShareGalleryOnCard($from: String!, $to: String!) {
      volunteer(id: "20000000-0000-4000-8000-000000000013") {
        calendar(from: $from, to: $to) {
          shift {
            date
          }
        }
      }
    }
  `);
  expect(expectNoErrors(await city.query(ON_CARD, december, token)).volunteer!.calendar).toEqual([
    { shift: { date: demoDay('2026-12-12') } },
  ]);
  expect(
    expectNoErrors(
      await city.query(ON_CARD, december, await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' })),
    ).volunteer!.calendar,
  ).toBeNull();
  expect(expectNoErrors(await city.query(ON_CARD, december)).volunteer!.calendar).toBeNull();

  const TOKEN = graphql(`
    query CalendarShareGalleryToken {
      myCalendarFeedToken
    }
  `);
  expectError(await city.query(TOKEN), 'UNAUTHENTICATED');
  expectError(await city.query(TOKEN, {}, await orgAdminToken(city, ORG(1))), 'FORBIDDEN');
  const feedToken = expectNoErrors(await city.query(TOKEN, {}, token)).myCalendarFeedToken;
  expect(feedToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(expectNoErrors(await city.query(TOKEN, {}, token)).myCalendarFeedToken).toBe(feedToken);

  const FEED = graphql(`
    query CalendarShareGalleryFeed($t: String!) {
      calendarFeed(token: $t) {
        volunteer {
          id
        }
        entries {
          id
          status
          shift {
            startsAt
            endsAt
          }
          project {
            title
            description
            address
            shareCode
            organization {
              name
            }
            district {
              name
            }
          }
        }
      }
    }
  `);
  // No sign-in: calendar apps have none.
  const feed = expectNoErrors(await city.query(FEED, { t: feedToken })).calendarFeed;
  expect(feed!.volunteer.id).toBe('20000000-0000-4000-8000-000000000013');
  expect(feed!.entries).toEqual([
    expect.objectContaining({
      status: 'CONFIRMED',
      shift: { startsAt: `${demoDay('2026-12-12')}T09:30:00+08:00`, endsAt: `${demoDay('2026-12-12')}T13:00:00+08:00` },
      project: expect.objectContaining({
        title: '成都博物馆展厅讲解与秩序维护',
        address: '青羊区小河街1号 成都博物馆',
        organization: { name: '成都博物馆' },
        district: { name: '青羊区' },
      }),
    }),
  ]);

  const rotated = expectNoErrors(
    await city.query(
      graphql(`
        mutation CalendarShareGalleryRotateCalendarFeedToken {
          rotateCalendarFeedToken
        }
      `),
      {},
      token,
    ),
  ).rotateCalendarFeedToken;
  expect(rotated).not.toBe(feedToken);
  expect(expectNoErrors(await city.query(FEED, { t: feedToken })).calendarFeed).toBeNull();
  expect(expectNoErrors(await city.query(FEED, { t: rotated })).calendarFeed!.entries).toHaveLength(1);
  expect(expectNoErrors(await city.query(FEED, { t: 'guess' })).calendarFeed).toBeNull();
  expectError(
    await city.query(
      graphql(`
        mutation CalendarShareGalleryRotateCalendarFeedToken2 {
          rotateCalendarFeedToken
        }
      `),
    ),
    'UNAUTHENTICATED',
  );
});

const SHARE = graphql(`
  query CalendarShareGalleryShare($c: String!) {
    projectByShareCode(code: $c) {
      id
      title
      description
      coverImageUrl
      startsOn
      endsOn
      shareCode
      district {
        name
      }
      organization {
        name
      }
      shifts {
        startsAt
        endsAt
      }
      photos {
        caption
      }
    }
  }
`);

test('a share code gives all an Open Graph card needs; the gallery hides what the organization hides', async () => {
  const museum = projectsDemo.projects.find((p) => p.shareCode === 'demo0013')!;
  const shared = expectNoErrors(await city.query(SHARE, { c: 'demo0013' })).projectByShareCode;
  expect(shared).toMatchObject({
    id: DEMO_PROJECT(13),
    title: '成都博物馆展厅讲解与秩序维护',
    startsOn: demoDay(museum.startsOn),
    endsOn: demoDay('2027-02-28'),
    shareCode: 'demo0013',
    district: { name: '青羊区' },
    organization: { name: '成都博物馆' },
    coverImageUrl: null,
    photos: [],
  });
  expect(shared!.description.length).toBeGreaterThan(10);
  // Its past shifts first (the museum has run since it was published), the last one still to come.
  expect(shared!.shifts[0].startsAt < shared!.shifts.at(-1)!.startsAt).toBe(true);
  expect(shared!.shifts.at(-1)!.startsAt).toBe(`${demoDay('2027-02-27')}T09:30:00+08:00`);
  expect(expectNoErrors(await city.query(SHARE, { c: 'zzzzzzzz' })).projectByShareCode).toBeNull();
  expectError(await city.query(SHARE, { c: "x' OR 1=1" }), 'BAD_USER_INPUT');

  const admin = await orgAdminToken(city, ORG(13));
  const ADD = graphql(`
    mutation CalendarShareGalleryAdd($p: ID!, $i: PhotoInput!) {
      addProjectPhoto(projectId: $p, input: $i) {
        id
        caption
        takenAt
        takenBy
        hidden
        project {
          id
        }
      }
    }
  `);
  const photo = {
    imageUrl: 'https://img.example.cn/museum/1.jpg',
    caption: '志愿者为小朋友讲解金沙文物',
    takenAt: '2026-11-20T10:30:00+08:00',
    takenBy: '谢婷',
  };
  expectError(await city.query(ADD, { p: DEMO_PROJECT(13), i: photo }), 'UNAUTHENTICATED');
  expectError(await city.query(ADD, { p: DEMO_PROJECT(13), i: photo }, await orgAdminToken(city, ORG(1))), 'FORBIDDEN');
  expectError(
    await city.query(
      ADD,
      { p: DEMO_PROJECT(13), i: photo },
      await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' }),
    ),
    'FORBIDDEN',
  );
  expectError(
    await city.query(ADD, { p: DEMO_PROJECT(13), i: { ...photo, imageUrl: 'http://img.example.cn/1.jpg' } }, admin),
    'BAD_USER_INPUT',
  );
  expectError(
    await city.query(ADD, { p: DEMO_PROJECT(13), i: { ...photo, imageUrl: 'javascript:alert(1)' } }, admin),
    'BAD_USER_INPUT',
  );
  expectError(
    await city.query(ADD, { p: DEMO_PROJECT(13), i: { ...photo, caption: '长'.repeat(201) } }, admin),
    'BAD_USER_INPUT',
  );
  expectError(
    await city.query(ADD, { p: DEMO_PROJECT(13), i: { ...photo, takenAt: 'yesterday' } }, admin),
    'BAD_USER_INPUT',
  );
  expectError(await city.query(ADD, { p: crypto.randomUUID(), i: photo }, admin), 'NOT_FOUND');
  const first = expectNoErrors(await city.query(ADD, { p: DEMO_PROJECT(13), i: photo }, admin)).addProjectPhoto;
  expect(first).toMatchObject({
    caption: photo.caption,
    takenBy: '谢婷',
    takenAt: '2026-11-20T02:30:00.000Z',
    hidden: false,
    project: { id: DEMO_PROJECT(13) },
  });
  const second = expectNoErrors(
    await city.query(
      ADD,
      { p: DEMO_PROJECT(13), i: { imageUrl: 'https://img.example.cn/museum/2.jpg', caption: '不合适公开的照片' } },
      admin,
    ),
  ).addProjectPhoto;

  const HIDE = graphql(`
    mutation CalendarShareGalleryHide($id: ID!, $h: Boolean!) {
      setProjectPhotoHidden(id: $id, hidden: $h) {
        hidden
      }
    }
  `);
  expectError(await city.query(HIDE, { id: second.id, h: true }, await orgAdminToken(city, ORG(2))), 'FORBIDDEN');
  expectError(await city.query(HIDE, { id: 'x', h: true }, admin), 'BAD_USER_INPUT');
  expect(expectNoErrors(await city.query(HIDE, { id: second.id, h: true }, admin)).setProjectPhotoHidden.hidden).toBe(
    true,
  );
  const publicView = expectNoErrors(await city.query(SHARE, { c: 'demo0013' })).projectByShareCode;
  expect(publicView!.photos).toEqual([{ caption: photo.caption }]);
  expect(publicView!.coverImageUrl).toBe(photo.imageUrl); // the newest visible photo stands in for a cover
  const ownView = expectNoErrors(await city.query(SHARE, { c: 'demo0013' }, admin)).projectByShareCode;
  expect(ownView!.photos.map((p) => p.caption)).toEqual(['不合适公开的照片', photo.caption]);

  const COVER = graphql(`
    mutation CalendarShareGalleryCover($id: ID!, $c: ProjectChanges!) {
      updateProject(id: $id, changes: $c) {
        coverImageUrl
      }
    }
  `);
  expectError(
    await city.query(COVER, { id: DEMO_PROJECT(13), c: { coverImageUrl: 'ftp://x' } }, admin),
    'BAD_USER_INPUT',
  );
  expect(
    expectNoErrors(
      await city.query(
        COVER,
        { id: DEMO_PROJECT(13), c: { coverImageUrl: 'https://img.example.cn/museum/cover.jpg' } },
        admin,
      ),
    ).updateProject.coverImageUrl,
  ).toBe('https://img.example.cn/museum/cover.jpg');
});

test('figures (projects, shifts, sign-ups, hours) of all 23 districts cost a fixed number of statements', async () => {
  const Q = graphql(`
    query CalendarShareGalleryQ {
      districts {
        code
        projectCount
        shiftCount
        signupCount
        confirmedHours
      }
    }
  `);
  const { districts } = expectNoErrors(await city.query(Q));
  const pidu = districts.find((d) => d.code === 'pidu');
  const { db } = city.subgraphs.get('projects')!;
  // Other test files add projects to the same database, so the figures are compared with what it holds.
  const [truth] = await db.query(`SELECT
      (SELECT count(*)::int FROM project WHERE district_code = 'pidu' AND status = 'PUBLISHED') AS projects,
      (SELECT count(*)::int FROM shift s JOIN project p ON p.id = s.project_id
        WHERE p.district_code = 'pidu' AND p.status IN ('PUBLISHED','CLOSED')) AS shifts,
      (SELECT coalesce(sum(hours), 0)::float FROM service_record r JOIN project p ON p.id = r.project_id
        WHERE p.district_code = 'pidu' AND r.status = 'CONFIRMED') AS hours`);
  expect(pidu).toMatchObject({ projectCount: truth.projects, shiftCount: truth.shifts, confirmedHours: truth.hours });
  expect(pidu!.confirmedHours).toBeGreaterThan(0);
  expect(pidu!.projectCount).toBeGreaterThanOrEqual(2);
  const counted = await countStatements(city, () => city.query(Q).then(expectNoErrors));
  expect(counted.projects).toBeLessThanOrEqual(2);
  // Organization.projects is batched too: the same statements for the organizations of 2 projects as of 16.
  const orgs = (n: number) => () =>
    city
      .query(
        graphql(`
          query CalendarShareGalleryOrganizations($first: Int) {
            projects(first: $first) {
              edges {
                node {
                  organization {
                    projectCount
                    projects(first: 3) {
                      title
                    }
                  }
                }
              }
            }
          }
        `),
        { first: n },
      )
      .then(expectNoErrors);
  expect(await countStatements(city, orgs(16))).toEqual(await countStatements(city, orgs(2)));
});
