import fs from 'node:fs';
import { composeServices } from '@apollo/composition';
import { buildSchema, parse } from 'graphql';
import { apiSchemaOf, checkSchemaChange, formatCheck, readAcknowledged, type Acknowledged } from '../../schema/check';

/** The schema check CI runs after typecheck (npm run schema:check), on small schemas instead of git history. */
const before = buildSchema(`
  type Query { project(id: ID!): Project, projects: [Project!]! }
  type Project { id: ID! title: String! hours: Int }
  enum Status { OPEN CLOSED }
  type Signup { status: Status }
`);
const withoutHours = buildSchema(`
  type Query { project(id: ID!): Project, projects: [Project!]! }
  type Project { id: ID! title: String! }
  enum Status { OPEN CLOSED }
  type Signup { status: Status }
`);

test('removing a field that clients may select fails the check until it is acknowledged with a reason', async () => {
  const check = await checkSchemaChange(before, withoutHours, []);
  expect(check.unacknowledged.map((c) => [c.path, c.message])).toEqual([
    ['Project.hours', "Field 'hours' was removed from object type 'Project'"],
  ]);
  expect(formatCheck(check)).toContain('"path": "Project.hours"');

  const ack: Acknowledged = {
    path: 'Project.hours',
    message: "Field 'hours' was removed from object type 'Project'",
    reason: 'no app selects it (checked in the operation logs)',
  };
  const acknowledged = await checkSchemaChange(before, withoutHours, [ack]);
  expect(acknowledged.breaking).toHaveLength(1);
  expect(acknowledged.unacknowledged).toEqual([]);

  // An acknowledgement covers that change only: another path or another change on the same path still fails.
  expect(
    (await checkSchemaChange(before, withoutHours, [{ ...ack, path: 'Project.title' }])).unacknowledged,
  ).toHaveLength(1);
  expect(
    (await checkSchemaChange(before, withoutHours, [{ ...ack, message: "Field 'hours' changed type" }])).unacknowledged,
  ).toHaveLength(1);
});

test('additions pass; an added enum value passes but is reported as dangerous', async () => {
  const after = buildSchema(`
    type Query { project(id: ID!): Project, projects: [Project!]!, districts: [String!]! }
    type Project { id: ID! title: String! hours: Int shareCode: String }
    enum Status { OPEN CLOSED WAITLISTED }
    type Signup { status: Status }
  `);
  const check = await checkSchemaChange(before, after, []);
  expect(check.breaking).toEqual([]);
  expect(check.dangerous.map((c) => c.path)).toEqual(['Status.WAITLISTED']);
  expect(check.safe.map((c) => c.path).sort()).toEqual(['Project.shareCode', 'Query.districts']);
  expect(formatCheck(check)).toMatch(/0 breaking .* 1 dangerous, 2 safe/);
});

test('compares what clients see: a field moved to another subgraph or a new @inaccessible one: no change', async () => {
  const supergraph = (a: string, b: string) => {
    const link =
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible"])\n';
    const result = composeServices([
      { name: 'a', url: 'http://a', typeDefs: parse(link + a) },
      { name: 'b', url: 'http://b', typeDefs: parse(link + b) },
    ]);
    if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
    return result.supergraphSdl;
  };
  const one = supergraph('type Query { x: Int }', 'type Query { y: Int }');
  const two = supergraph('type Query { x: Int y: Int }', 'type Query { internal: Int @inaccessible }');
  expect(one).not.toBe(two);
  const check = await checkSchemaChange(apiSchemaOf(one), apiSchemaOf(two), []);
  expect([...check.breaking, ...check.dangerous, ...check.safe]).toEqual([]);
  // Dropping the field from both subgraphs is breaking, supergraph or not.
  const three = supergraph('type Query { x: Int }', 'type Query { internal: Int @inaccessible }');
  expect((await checkSchemaChange(apiSchemaOf(two), apiSchemaOf(three), [])).unacknowledged.map((c) => c.path)).toEqual(
    ['Query.y'],
  );
});

test('the acknowledged-changes file parses, and an entry without a reason is refused', () => {
  expect(Array.isArray(readAcknowledged())).toBe(true);
  const tmp = fs.mkdtempSync('/tmp/qingju-ack-');
  fs.writeFileSync(
    `${tmp}/ack.json`,
    JSON.stringify([
      { path: 'Project.hours', message: "Field 'hours' was removed from object type 'Project'", reason: ' ' },
    ]),
  );
  expect(() => readAcknowledged(`${tmp}/ack.json`)).toThrow(/reason.*say why/);
  fs.rmSync(tmp, { recursive: true });
});
