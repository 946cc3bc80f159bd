import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeSupergraph, SUPERGRAPH_FILE } from '../../schema/compose';
import { SUBGRAPHS, type SubgraphEntry } from '../../schema/registry';
import { repoPath } from '../../subgraphs/kit/runtime/paths';
import crypto from 'node:crypto';
import { renderCompose } from '../../schema/docker-compose';
import { applyEvent, type DomainEvent } from '../../subgraphs/kit/runtime/events';
import { expectError, expectNoErrors, loadSubgraph, startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { ORG, VOLUNTEER } from '../testkit/fixtures';
import { cityAdminToken, districtAdminToken, volunteerToken } from '../testkit/tokens';

/**
 * Adding a ninth district is a new folder and one registry line. The test lays out a temporary copy of the
 * repository (package.json, subgraphs/ and schema/ as they are, node_modules linked), adds the fixture folder
 * `fixtures/xindu/` as `subgraphs/xindu/` and one line to the copy's `schema/registry.ts`, exactly as a real
 * district would be added; composes the copy's registry; and boots that city with the repository's own gateway
 * and testkit. It cannot prove by itself that no core file changed: it proves that the core subgraphs, kit and
 * gateway, byte for byte as the repository holds them, serve the extra district.
 */
const XINDU_LINE = "  { name: 'xindu', port: 4019, folder: 'subgraphs/xindu', kind: 'district' },";
let root: string;
let entries: readonly SubgraphEntry[];
let city: City;

/** The copy's registry with the new district's line after the last one. */
function addRegistryLine(file: string): void {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const last = lines.findLastIndex((l) => l.includes("kind: 'district' },"));
  lines.splice(last + 1, 0, XINDU_LINE);
  fs.writeFileSync(file, lines.join('\n'));
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qingju-ninth-'));
  fs.copyFileSync(repoPath('package.json'), path.join(root, 'package.json'));
  fs.symlinkSync(repoPath('node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const dir of ['subgraphs', 'schema']) fs.cpSync(repoPath(dir), path.join(root, dir), { recursive: true });
  fs.cpSync(path.join(__dirname, 'fixtures', 'xindu'), path.join(root, 'subgraphs', 'xindu'), { recursive: true });
  addRegistryLine(path.join(root, 'schema', 'registry.ts'));
  // A path known only at run time, loaded synchronously the way Jest's CommonJS modules load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  entries = (require(path.join(root, 'schema', 'registry')) as { SUBGRAPHS: readonly SubgraphEntry[] }).SUBGRAPHS;
  city = await startCity({ entries, root, supergraphSdl: composeSupergraph(entries, root) });
});
afterAll(async () => {
  await city?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test('the copy differs from the repository by the new folder and one registry line', () => {
  expect(SUBGRAPHS.map((s) => s.name)).not.toContain('xindu');
  expect(entries.map((s) => s.name)).toEqual([...SUBGRAPHS.map((s) => s.name), 'xindu']);
  const original = fs.readFileSync(repoPath('schema', 'registry.ts'), 'utf8').split('\n');
  const copied = fs.readFileSync(path.join(root, 'schema', 'registry.ts'), 'utf8').split('\n');
  expect(copied.filter((l) => !original.includes(l))).toEqual([XINDU_LINE]);
  expect(copied).toHaveLength(original.length + 1);
  expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).not.toContain('XinduPlatform');
  expect(composeSupergraph(entries, root)).toContain('XinduPlatform');
  // docker-compose.yml is generated from the same registry: the copy's gains the service and the gateway's URL.
  const compose = renderCompose(entries);
  expect(compose).toContain('\n  xindu:\n');
  expect(compose).toContain('SUBGRAPH_XINDU_URL: http://xindu:4019/graphql');
  expect(compose).toContain('QINGJU_EVENTS_PRIVATE_KEY_XINDU');
  expect(renderCompose(SUBGRAPHS)).not.toContain('xindu');
});

// The xindu fixture is not in the committed supergraph, so codegen cannot type these documents: each states the
// shape its assertions read.
type MixedQuery = {
  district: { volunteerCount: number };
  pidu: { xindu: unknown; pidu: unknown };
  xindu: { landmarks: { name: string; town: string }[] };
};

test('one gateway query mixes core district figures with the new district platform and its own table', async () => {
  const res = expectNoErrors(
    await city.query<MixedQuery>(`
      {
        district(code: "xindu") {
          name
          divisionCode
          customizedPlatform
          projectCount
          volunteerCount
          xindu {
            title
            slogan
            features
          }
          pidu {
            title
          }
        }
        pidu: district(code: "pidu") {
          name
          xindu {
            title
          }
          pidu {
            title
          }
        }
        xindu {
          landmarks {
            name
            town
          }
        }
      }
    `),
  );
  expect(res.district).toMatchObject({
    name: expect.stringContaining('新都'),
    divisionCode: '510114',
    customizedPlatform: true,
    projectCount: 0,
    xindu: { title: '青聚新都', features: ['桂湖导览'] },
    pidu: null,
  });
  expect(res.district.volunteerCount).toBeGreaterThanOrEqual(1);
  expect(res.pidu.xindu).toBeNull();
  expect(res.pidu.pidu).not.toBeNull();
  expect(res.xindu.landmarks.map((l) => l.name)).toEqual(['升庵祠', '宝光寺', '桂湖公园'].sort());
});

test('all nine platforms answer in one query over every district', async () => {
  const platforms = entries.filter((e) => e.kind === 'district').map((e) => e.name);
  const res = expectNoErrors(
    await city.query<{ districts: ({ code: string } & Record<string, unknown>)[] }>(
      `{ districts { code ${platforms.map((p) => `${p} { title }`).join(' ')} } }`,
    ),
  );
  expect(res.districts).toHaveLength(23);
  for (const d of res.districts) {
    for (const p of platforms) expect(d[p] === null).toBe(d.code !== p);
  }
});

type LandmarkAdded = { xinduAddLandmark: { name: string; town: string } };
type VolunteerHours = { volunteer: { displayName: string; confirmedHours: number; xindu: { hours: number } } };

test('the ninth district extends Volunteer, has a mutation and consumes an event, through the gateway', async () => {
  const ADD = `mutation($name: String!, $town: String!) { xinduAddLandmark(name: $name, town: $town) { name town } }`;
  const vars = { name: '新都博物馆', town: '新都街道' };
  expectError(await city.query(ADD, vars, await volunteerToken(city, 1)), 'FORBIDDEN');
  expectError(await city.query(ADD, vars, await districtAdminToken(city, 'pidu')), 'FORBIDDEN');
  expectError(await city.query(ADD, { name: 'x', town: '新都街道' }, await cityAdminToken(city)), 'BAD_USER_INPUT');
  const added = await city.query<LandmarkAdded>(ADD, vars, await cityAdminToken(city));
  expect(expectNoErrors(added).xinduAddLandmark).toEqual(vars);
  expectError(await city.query(ADD, vars, await cityAdminToken(city)), 'CONFLICT');

  // Confirmed hours on a Xindu project, as projects announces them, handed to the copy's xindu handlers.
  const HOURS = `query($id: ID!) { volunteer(id: $id) { displayName confirmedHours xindu { hours } } }`;
  const before = expectNoErrors(
    await city.query<VolunteerHours>(HOURS, { id: VOLUNTEER(1) }, await cityAdminToken(city)),
  );
  expect(before.volunteer.xindu.hours).toBe(0);
  const consumers =
    loadSubgraph(
      entries.find((e) => e.name === 'xindu')!,
      root,
    ).consumes ?? [];
  const confirmed = (districtCode: string, hours: number, recordId = crypto.randomUUID()): DomainEvent => ({
    id: crypto.randomUUID(),
    type: 'service.confirmed',
    source: 'projects',
    occurredAt: new Date().toISOString(),
    payload: {
      recordId,
      volunteerId: VOLUNTEER(1),
      projectId: crypto.randomUUID(),
      organizationId: ORG(1),
      districtCode,
      servedOn: dayFromNow(0), // Chengdu's day, as projects announces it (UTC's is yesterday from 16:00 UTC)
      hours,
    },
  });
  const apply = (e: DomainEvent) => city.subgraphs.get('xindu')!.db.transaction((m) => applyEvent(consumers, e, m));
  const record = crypto.randomUUID();
  await apply(confirmed('xindu', 3, record));
  await apply(confirmed('xindu', 2.5, record)); // a correction of the same record
  await apply(confirmed('pidu', 4));
  const after = expectNoErrors(
    await city.query<VolunteerHours>(HOURS, { id: VOLUNTEER(1) }, await cityAdminToken(city)),
  );
  expect(after.volunteer).toMatchObject({ displayName: before.volunteer.displayName, xindu: { hours: 2.5 } });
});
