import { expectNoErrors, startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';

/** The two plain-HTTP pages the gateway serves from GraphQL data: share cards and calendar feeds. */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const base = () => city.gateway.url.replace('/graphql', '');

describe('share page (一键分享)', () => {
  test('a share link serves Open Graph tags that chat apps render as a card', async () => {
    const { projects } = expectNoErrors(
      await city.query(
        graphql(`
          query PagesProjects {
            projects(first: 1) {
              edges {
                node {
                  id
                  title
                  shareCode
                  district {
                    name
                  }
                  startsOn
                }
              }
            }
          }
        `),
      ),
    );
    const p = projects.edges[0].node;
    const res = await fetch(`${base()}/p/${p.shareCode}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain(`<meta property="og:title" content="${p.title.replace(/"/g, '&quot;')}">`);
    expect(html).toMatch(/<meta property="og:description" content="[^"]*\d{4}-\d{2}-\d{2}/);
    expect(html).toContain(`<meta property="qingju:district" content="${p.district.name}">`);
    expect(html).toContain(
      `<meta property="og:url" content="${base().replace('127.0.0.1', 'localhost')}/p/${p.shareCode}">`,
    );
    expect(html).toContain(`/projects/${p.id}`);
  });

  test('an unknown or malformed code is a plain 404 page', async () => {
    expect((await fetch(`${base()}/p/zzzzzzzz`)).status).toBe(404);
    const bad = await fetch(`${base()}/p/${encodeURIComponent('<script>')}`);
    expect(bad.status).toBe(404);
    expect(await bad.text()).not.toContain('<script>');
  });
});

describe('calendar feed (项目日历)', () => {
  test("a volunteer's feed lists their shifts as iCalendar events; a wrong token gets nothing", async () => {
    const token = await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' });
    const { projects } = expectNoErrors(
      await city.query(
        graphql(`
          query PagesProjects2 {
            projects(first: 20) {
              edges {
                node {
                  title
                  shifts {
                    id
                    freePlaces
                  }
                }
              }
            }
          }
        `),
      ),
    );
    const pick = projects.edges
      .map((e) => ({ title: e.node.title, shift: e.node.shifts.find((s) => s.freePlaces > 0) }))
      .find((x) => x.shift);
    expectNoErrors(
      await city.query(
        graphql(`
          mutation PagesS($id: ID!) {
            signUp(shiftId: $id) {
              status
            }
          }
        `),
        { id: pick!.shift!.id },
        token,
      ),
    );
    const feedToken = expectNoErrors(
      await city.query(
        graphql(`
          query PagesMyCalendarFeedToken {
            myCalendarFeedToken
          }
        `),
        {},
        token,
      ),
    ).myCalendarFeedToken;

    const res = await fetch(`${base()}/calendar/${feedToken}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const ics = await res.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:${pick!.title.replace(/([,;])/g, '\\$1')}`);
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);

    expect((await fetch(`${base()}/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
  });
});
