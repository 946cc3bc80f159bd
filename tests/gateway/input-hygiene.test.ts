import { Writable } from 'node:stream';
import { importJWK, type CryptoKey } from 'jose';
import { IDENTITY_HEADER, signIdentity } from '../../subgraphs/kit/runtime/identity';
import { createLogger } from '../../subgraphs/kit/runtime/log';
import { expectError, expectNoErrors, post, startCity, type City, type GqlResult } from '../testkit/city';
import { projectInput } from '../projects/helpers';
import { idNumberFor } from '../volunteers/roles';
import { ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { RegisterVolunteerInput, WuhouPostNeedInput } from '../testkit/generated/graphql';

/**
 * Input a careless or hostile client sends (control characters, crafted cursors) is the client's mistake, never a
 * 500; and whatever fails inside, no log line of any subgraph or the gateway carries the personal data sent.
 */
const logLines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    logLines.push(String(chunk));
    done();
  },
});

let city: City;
let resident: string;
beforeAll(async () => {
  // Debug level: every SQL statement and every error any subgraph or the gateway would log is captured.
  city = await startCity({ log: createLogger('city', 'debug', sink) });
  resident = await city.token({ role: 'volunteer', sub: 'resident-hygiene' });
});
afterAll(() => city?.stop());

/** Log lines holding any of `secrets`, shortened, so a failure shows where personal data leaked. */
const leaks = (lines: string[], secrets: string[]) =>
  lines.filter((l) => secrets.some((s) => l.includes(s))).map((l) => l.slice(0, 400));

/** Personal data this file sends; none of it may appear in any log line. */
const PHONES = ['13912345670', '13987654321', '13700001234', '13655550000'];
const ID_NUMBER = idNumberFor('1990-04-12', 'FEMALE', 321);
const ADDRESS = '玉林北路17号3栋2单元501';

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const POST_NEED = graphql(`
  mutation InputHygieneP($input: WuhouPostNeedInput!) {
    wuhouPostNeed(input: $input) {
      id
    }
  }
`);
const needInput = (over: Partial<WuhouPostNeedInput> = {}): WuhouPostNeedInput => ({
  title: '帮忙搬运旧家具',
  details: '老人独居，需要两人帮忙。',
  street: '玉林街道',
  community: '玉林北路社区',
  neededAt: inHours(20),
  estimatedHours: 2,
  urgency: 'NORMAL',
  phone: PHONES[0],
  addressDetail: ADDRESS,
  ...over,
});
const CREATE_PROJECT = graphql(`
  mutation InputHygieneCreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`);
const REGISTER = graphql(`
  mutation InputHygieneR($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      id
    }
  }
`);
const registration = (over: Partial<RegisterVolunteerInput> = {}): RegisterVolunteerInput => ({
  realName: '周雨桐',
  displayName: '雨桐',
  sex: 'FEMALE',
  birthDate: '1990-04-12',
  idNumber: ID_NUMBER,
  districtCode: 'wuhou',
  phone: PHONES[2],
  skills: [],
  serviceCategories: ['community'],
  consent: { personalData: true },
  ...over,
});

/** A refusal of control characters: 400, BAD_USER_INPUT, naming where, never echoing what was sent. */
function expectControlRefused(res: GqlResult<unknown>, where: RegExp) {
  expect(res.status).toBe(400);
  const err = expectError(res, 'BAD_USER_INPUT');
  expect(err.message).toMatch(where);
  expect(err.message).toMatch(/control character/);
  expect(res.data ?? null).toBeNull();
  expect(JSON.stringify(res)).not.toMatch(/\\u0000|老人独居|139\d{8}|137\d{8}/);
}

describe('control characters in text input', () => {
  test('a NUL in a variable (wuhouPostNeed.details, createProject) is BAD_USER_INPUT naming it, not 500', async () => {
    expectControlRefused(
      await city.query(POST_NEED, { input: needInput({ details: '老人独居\u0000需要帮忙' }) }, resident),
      /\$input\.details/,
    );
    const org = await orgAdminToken(city, ORG(1));
    const project = projectInput({ description: `社区活动\u0000联系${PHONES[1]}`, contactPhone: PHONES[1] });
    expectControlRefused(await city.query(CREATE_PROJECT, { input: project }, org), /\$input\.description/);
    // Deep inside lists of input objects too, and every other C0 control character.
    const shifts = [{ date: project.startsOn, startTime: '09:00\u0007', endTime: '11:30', capacity: 5 }];
    expectControlRefused(
      await city.query(CREATE_PROJECT, { input: { ...project, description: '社区活动', shifts } }, org),
      /\$input\.shifts\[0\]\.startTime/,
    );
    expectControlRefused(
      await city.query(REGISTER, { input: registration({ realName: '周\u001b雨桐' }) }, resident),
      /\$input\.realName/,
    );
  });

  test('a control character in the query text (an escaped literal) is refused, naming the argument', async () => {
    const literal = `mutation { wuhouPostNeed(input: { title: "帮忙搬运旧家具", details: "老人\\u0000独居", street: "玉林街道",
      community: "玉林北路社区", neededAt: "${inHours(20)}", estimatedHours: 2, phone: "${PHONES[0]}",
      addressDetail: "${ADDRESS}" }) { id } }`;
    expectControlRefused(await city.query(literal, {}, resident), /wuhouPostNeed\(input\.details\)/);
    expectControlRefused(
      await city.query('{ projects(filter: { keyword: "博物馆\\u0001" }) { edges { cursor } } }'),
      /projects\(filter\.keyword\)/,
    );
  });

  test('the gateway refuses the whole operation before any subgraph is asked: no partial answer', async () => {
    const res = await city.query(
      graphql(`
        query InputHygieneDistricts($k: String) {
          districts {
            code
          }
          projects(first: 1, filter: { keyword: $k }) {
            edges {
              cursor
            }
          }
        }
      `),
      { k: '博物馆\u0000' },
    );
    expectControlRefused(res, /\$k/);
  });

  test('tabs and line breaks are ordinary text', async () => {
    const need = await city.query(POST_NEED, { input: needInput({ details: '第一行\n第二行\r\n\t缩进' }) }, resident);
    expect(expectNoErrors(need).wuhouPostNeed.id).toBeTruthy();
  });

  test('a subgraph called directly (past the gateway) refuses them too, not failing in the database', async () => {
    const key = (await importJWK(city.keys.identity.privateJwk, 'EdDSA')) as CryptoKey;
    const identity = await signIdentity({ kind: 'volunteer', accountId: 'resident-hygiene' }, key);
    const res = await post(
      city.subgraphs.get('wuhou')!.url,
      POST_NEED,
      { input: needInput({ details: '老人\u0000独居' }) },
      { [IDENTITY_HEADER]: identity },
    );
    expect(expectError(res, 'BAD_USER_INPUT').message).toMatch(/\$input\.details/);
  });
});

describe('crafted cursors', () => {
  const json = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
  const UUID = '30000000-0000-4000-8000-000000000001';
  const CRAFTED: [string, string][] = [
    ['not base64 at all', '%%%not-a-cursor%%%'],
    ['base64 of garbage', Buffer.from('hello world').toString('base64url')],
    ['the wrong number of parts', json(['2026-12-01'])],
    ['objects inside', json([{ a: 1 }, UUID])],
    ['a number for a date', json([20261201, UUID])],
    ['a date that does not exist', json(['2026-13-45', UUID])],
    ['a timestamp that is not one', json(['yesterday 10:00', UUID])],
    ['an id that is not an id', json(['2026-12-01T00:00:00.000Z', "1' OR '1'='1"])],
    ['a NUL byte inside', json(['2026-12-01\u0000', UUID])],
  ];
  const CONNECTIONS: [string, string][] = [
    ['projects by start date', 'query($after: String) { projects(first: 2, after: $after) { edges { cursor } } }'],
    [
      'projects, newest first',
      'query($after: String) { projects(first: 2, sort: NEWEST, after: $after) { edges { cursor } } }',
    ],
    [
      'the Wuhou needs board',
      'query($after: String) { wuhou { needs(first: 2, after: $after) { edges { cursor } } } }',
    ],
    ['Pidu offers', 'query($after: String) { pidu { offers(first: 2, after: $after) { edges { cursor } } } }'],
    ['Xinjin rewards', 'query($after: String) { xinjin { rewards(first: 2, after: $after) { edges { cursor } } } }'],
    ['organizations', 'query($after: String) { organizations(first: 2, after: $after) { edges { cursor } } }'],
  ];

  test.each(CONNECTIONS)(
    '%s: a crafted cursor is BAD_USER_INPUT naming after, never an internal error',
    async (_name, query) => {
      for (const [what, after] of CRAFTED) {
        const res = await city.query(query, { after });
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        expect({ what, codes }).toEqual({ what, codes: ['BAD_USER_INPUT'] });
        expect(res.errors![0].message).toMatch(/after/);
      }
      // The cursors the API returns still work.
      // The first object down the answer that has edges: each query nests its connection differently.
      const connection = (d: unknown): { edges: { cursor: string }[] } => {
        if (typeof d !== 'object' || d === null) throw new Error('the answer holds no connection');
        return 'edges' in d ? (d as { edges: { cursor: string }[] }) : connection(Object.values(d)[0]);
      };
      const first = connection(expectNoErrors(await city.query(query, {})));
      expect(first.edges.length).toBeGreaterThan(0);
      expectNoErrors(await city.query(query, { after: first.edges.at(-1)!.cursor }));
    },
  );

  test('Qionglai places page by (town, name): any text the API returned, no object or control character', async () => {
    const Q = graphql(`
      query InputHygieneQ($after: String) {
        qionglai {
          places(first: 2, after: $after) {
            edges {
              cursor
              node {
                name
              }
            }
            pageInfo {
              endCursor
            }
          }
        }
      }
    `);
    const first = expectNoErrors(await city.query(Q)).qionglai.places;
    const next = expectNoErrors(await city.query(Q, { after: first.pageInfo.endCursor })).qionglai.places;
    expect(next.edges[0].node.name).not.toBe(first.edges[1].node.name);
    for (const after of [
      json([{ a: 1 }, '花楸村']),
      json(['平乐镇', '\u0000']),
      json(['平乐镇', '\u0001']),
      json(['平乐镇']),
      '%%%',
    ]) {
      const res = await city.query(Q, { after });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('logs never carry personal data', () => {
  /**
   * Real database errors (a constraint each table gets for this test only, violated by a marker in the input) while
   * the input carries phone, ID numbers and an address: the database error has them in its parameters and detail.
   */
  test('database errors in three subgraphs log a code, never the query parameters or the row', async () => {
    const fault = "CHECK (position('故障' IN %s) = 0)";
    const tables: [string, string, string][] = [
      ['wuhou', 'need', 'details'],
      ['projects', 'project', 'title'],
      ['volunteers', 'volunteer', 'display_name'],
    ];
    for (const [subgraph, table, column] of tables) {
      await city.subgraphs
        .get(subgraph)!
        .db.query(`ALTER TABLE ${table} ADD CONSTRAINT hygiene_fault ${fault.replace('%s', column)}`);
    }
    try {
      const from = logLines.length;
      const need = await city.query(
        POST_NEED,
        { input: needInput({ details: `故障 请联系${PHONES[3]}`, phone: PHONES[0] }) },
        resident,
      );
      const project = await city.query(
        CREATE_PROJECT,
        {
          input: projectInput({
            title: '故障测试项目',
            contactPhone: PHONES[1],
            description: `联系${PHONES[1]}，地址${ADDRESS}`,
          }),
        },
        await orgAdminToken(city, ORG(1)),
      );
      const registered = await city.query(
        REGISTER,
        { input: registration({ displayName: '故障' }) },
        await city.token({ role: 'volunteer', sub: 'citizen-hygiene' }),
      );
      for (const res of [need, project, registered]) {
        expect(expectError(res, 'INTERNAL_SERVER_ERROR').message).toBe(
          'Something went wrong on our side; try again shortly.',
        );
      }
      const lines = logLines.slice(from);
      // The failures were logged, with what an operator needs: the SQLSTATE and the constraint.
      const failures = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'resolver failed');
      expect(failures.map((l) => l.service).sort()).toEqual(['projects', 'volunteers', 'wuhou']);
      for (const f of failures) expect(f.err).toMatchObject({ code: '23514', constraint: 'hygiene_fault' });
      expect(
        leaks(lines, [
          ...PHONES,
          ID_NUMBER,
          ADDRESS,
          '玉林北路',
          '19900412',
          '"parameters"',
          '"detail"',
          'Failing row',
        ]),
      ).toEqual([]);
    } finally {
      for (const [subgraph, table] of tables)
        await city.subgraphs.get(subgraph)!.db.query(`ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS hygiene_fault`);
    }
  });

  test('nothing of this whole file, refused input included, reached a log line', () => {
    expect(logLines.length).toBeGreaterThan(1000);
    expect(leaks(logLines, [...PHONES, ID_NUMBER, ADDRESS, '老人独居', '\\u0000'])).toEqual([]);
  });
});
