/**
 * The same supergraph, served unchanged by Hive Gateway over the same subgraphs (issue 14.4), answers our registered
 * operations exactly as our gateway does: the same data, byte for byte, and the same error codes at the same paths.
 * A difference is a bug in one of the two, or a place where our gateway adds something the supergraph does not say.
 */
import { loadManifest, operationNamed } from '../../gateway/trusted-documents';
import { post, startCity, type City, type GqlResult } from '../testkit/city';
import type { HiveProcess } from '../testkit/hive-gateway';
import { hiveOverCity } from '../testkit/hive-over-city';
import { partnerToken, statisticsViewerToken, volunteerToken } from '../testkit/tokens';
import { volunteerAccount } from '../testkit/fixtures';

let city: City;
let hive: HiveProcess;
beforeAll(async () => {
  city = await startCity();
  hive = await hiveOverCity(city);
}, 240_000);
afterAll(async () => {
  await hive?.stop();
  await city?.stop();
});

const manifest = loadManifest();
const registered = (name: string) => operationNamed(manifest, name);

/** What must be equal: the data as the client receives it (its JSON text), and each error's code and path. */
const comparable = (res: GqlResult<unknown>) => ({
  data: JSON.stringify(res.data ?? null),
  errors: (res.errors ?? []).map((e) => ({ code: e.extensions?.code, path: e.path?.join('.') })),
});

async function both(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const [ours, theirs] = await Promise.all([
    post(city.gateway.url, query, variables, headers),
    post(hive.url, query, variables, headers),
  ]);
  return { ours, theirs };
}

/** Both answer alike, and the answer holds real data, so equality is not that of two empty answers. */
async function expectSameAnswer(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<unknown>> {
  const { ours, theirs } = await both(query, variables, token);
  expect(ours.errors).toBeUndefined();
  expect(comparable(theirs)).toEqual(comparable(ours));
  expect(JSON.stringify(ours.data).length).toBeGreaterThan(40);
  return ours;
}

test(`Hive Gateway plans our supergraph with the Rust query planner`, () => {
  expect(hive.planner).toBe('rust');
});

test('anonymous browsing: project list, search, project detail, calendar, an organization page', async () => {
  const list = (await expectSameAnswer(registered('ProjectList'), { first: 20 })) as GqlResult<{
    projects: { edges: { node: { id: string; organization: { id: string } } }[] };
  }>;
  const first = list.data!.projects.edges[0].node;
  await expectSameAnswer(registered('FindProjects'), { filter: { keyword: '社区' }, first: 20 });
  await expectSameAnswer(registered('ProjectDetail'), { id: first.id });
  const today = new Date();
  const month = today.toISOString().slice(0, 8);
  await expectSameAnswer(registered('ProjectCalendar'), { from: `${month}01`, to: `${month}28` });
  await expectSameAnswer(registered('OrganizationPage'), { id: first.organization.id });
});

test('signed in: a profile, sign-ups, a partner app reading its citizen`s records, the dashboards', async () => {
  const volunteer = await volunteerToken(city, 2);
  await expectSameAnswer(registered('MyVolunteerProfile'), {}, volunteer);
  await expectSameAnswer(registered('MySignups'), {}, volunteer);
  await expectSameAnswer(registered('CityDashboard'));
  const viewer = await statisticsViewerToken(city);
  await expectSameAnswer(registered('DistrictStatistics'), { district: 'pidu' }, viewer);
  const me = (await city.query<{ me: { id: string } }>('{ me { id } }', {}, volunteer)).data!.me;
  await expectSameAnswer(
    registered('CitizenServiceRecords'),
    { volunteerId: me.id },
    await partnerToken(city, volunteerAccount(2)),
  );
});

test('it tells answers apart: two volunteers` profiles differ; a refused token is refused by both', async () => {
  const a = await both(registered('MyVolunteerProfile'), {}, await volunteerToken(city, 2));
  const b = await both(registered('MyVolunteerProfile'), {}, await volunteerToken(city, 3));
  expect(comparable(a.theirs)).not.toEqual(comparable(b.theirs));
  expect(comparable(a.ours)).not.toEqual(comparable(b.theirs));
  const forged = await both(registered('MyVolunteerProfile'), {}, 'not.a.token');
  expect(forged.ours.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(comparable(forged.theirs).errors.map((e) => e.code)).toEqual(['UNAUTHENTICATED']);
});

test('volunteers reading their profiles at the same moment each get their own, through either gateway', async () => {
  // Identical documents in flight together, differing only in who asks: merged on the document alone, some
  // volunteers would be answered with another's profile (the bench's Hive plugin once did exactly that).
  const people = [2, 3, 4, 5, 6, 7];
  const tokens = await Promise.all(people.map((n) => volunteerToken(city, n)));
  const own = await Promise.all(
    tokens.map(async (t) => (await city.query<{ me: { id: string } }>('{ me { id } }', {}, t)).data!.me.id),
  );
  expect(new Set(own).size).toBe(people.length);
  for (const url of [hive.url, city.gateway.url]) {
    const asked = people.flatMap((_, i) => Array.from({ length: 5 }, () => i));
    const answers = await Promise.all(
      asked.map((i) => post(url, registered('MyVolunteerProfile'), {}, { authorization: `Bearer ${tokens[i]}` })),
    );
    const ids = answers.map((a) => (a.data as { me: { id: string } } | undefined)?.me.id);
    expect(ids).toEqual(asked.map((i) => own[i]));
  }
});
