import fs from 'node:fs';
import path from 'node:path';

/**
 * The one data-access rule (README, "Data access"), checked by reading the source: SQL lives only in a subgraph's
 * `data/*.repository.ts`, written as parameterised SQL text through `subgraphs/kit/runtime/sql.ts`; actions,
 * resolvers, rules, module.ts and events.ts call repository functions. A pure file scan: no database, no city.
 *
 * Allowed outside repositories, and why:
 * - `migrations/`: they define the tables; DDL has nowhere else to live.
 * - `data/seed.ts`: demo rows written once at start, outside any request, and shaped like the demo files they read.
 *
 * The kit's district base (`subgraphs/kit/district/`) is subgraph code (every district subgraph runs it), so it
 * follows the rule, with its repositories as `kit/district/*.repository.ts`; the city rules (`kit/city/`) are pure
 * functions and hold no statement at all. The kit's runtime (`subgraphs/kit/runtime/`) is exempt: it is the
 * machinery the rule runs on, not data access of a subgraph. It holds the SQL helpers themselves, DDL (schemas,
 * event tables, append-only triggers, the replica tables' migrations), the readiness probe, and the event transport:
 * the relay speaks through its own `pg` client (a dedicated LISTEN connection outside TypeORM's pool, which the
 * helpers' data source or entity manager cannot stand for), and the outbox, inbox and admin-list replicas are being
 * rewritten by the typed event catalogue (issue 18, point 3). Its statements touch only those shared tables.
 */
const ROOT = path.resolve(__dirname, '../..');
const SUBGRAPHS = path.join(ROOT, 'subgraphs');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Subgraph folders, and the kit's rooms that are subgraph code; the runtime is left out (see above). */
const KIT_ROOMS = ['kit/district', 'kit/city'];

const subgraphFiles = [
  ...fs
    .readdirSync(SUBGRAPHS, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'kit')
    .map((e) => e.name),
  ...KIT_ROOMS,
]
  .flatMap((folder) => filesUnder(path.join(SUBGRAPHS, folder)))
  .map((full) => path.relative(ROOT, full).split(path.sep).join('/'));

const isRepository = (f: string) =>
  /^subgraphs\/[^/]+\/data\/[^/]+\.repository\.ts$/.test(f) ||
  /^subgraphs\/kit\/district\/[^/]+\.repository\.ts$/.test(f);
const isExempt = (f: string) => /\/migrations\//.test(f) || /\/data\/seed\.ts$/.test(f);

/** Comments may name SQL ("the UPDATE below ..."); only code counts. */
function code(file: string): string {
  return fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

/** Ways of reaching the database, and SQL itself. */
const STATEMENTS: [string, RegExp][] = [
  ['a raw query', /\.query\s*[(<]/],
  ['the query builder', /createQueryBuilder/],
  ['a TypeORM repository', /getRepository\s*\(/],
  ['the kit SQL helpers', /kit\/runtime\/sql['"]/],
  ['SQL text', /\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|FOR\s+UPDATE|ON\s+CONFLICT)\b/],
];

/** The entity manager's writers, named with an entity class as first argument (`m.save(ProjectEntity, ...)`). */
const ENTITY_WRITERS = 'save|insert|update|upsert|delete|remove|increment|decrement|merge|create';

/** TypeORM's other styles, which repositories do not use: SQL is written out instead. */
const ORM_STYLES: [string, RegExp][] = [
  ['the query builder', /createQueryBuilder/],
  ['a TypeORM repository', /getRepository\s*\(/],
  [
    "an entity manager's finder or writer",
    new RegExp(`\\.(find\\w*|exists\\w*|count\\w*|${ENTITY_WRITERS})\\s*\\(\\s*[A-Z]\\w*Entity\\b`),
  ],
  // Finders need FindOperators (In, Not ...) and the builder needs Brackets: values, where every use of typeorm in a
  // repository is a type (DataSource, EntityManager) handed to the kit helpers.
  ["a value imported from 'typeorm'", /^import\s+(?!type\b)[^;]*from\s+'typeorm'/m],
];

const outside = subgraphFiles.filter((f) => !isRepository(f) && !isExempt(f));
const repositories = subgraphFiles.filter(isRepository);

test('the scan sees the subgraphs: actions, resolvers and repositories of every core subgraph', () => {
  for (const name of ['volunteers', 'organizations', 'projects']) {
    expect(repositories.some((f) => f.startsWith(`subgraphs/${name}/data/`))).toBe(true);
    expect(outside.some((f) => f.startsWith(`subgraphs/${name}/resolvers/`))).toBe(true);
  }
  expect(outside).toContain('subgraphs/projects/actions/signup.ts');
  expect(outside).toContain('subgraphs/kit/district/platform.ts');
  expect(outside.some((f) => f.startsWith('subgraphs/kit/city/'))).toBe(true);
  expect(repositories).toContain('subgraphs/kit/district/platform.repository.ts');
  expect(repositories).toContain('subgraphs/kit/district/volunteer-replica.repository.ts');
  expect(subgraphFiles.some((f) => f.startsWith('subgraphs/kit/runtime/'))).toBe(false);
});

test('no statement outside data/*.repository.ts (actions, resolvers, rules, module.ts, events.ts ...)', () => {
  const found = outside.flatMap((f) =>
    STATEMENTS.filter(([, re]) => re.test(code(f))).map(([what]) => `${f}: ${what}`),
  );
  expect(found).toEqual([]);
});

test('repositories write SQL out, through the kit helpers: no query builder, TypeORM repositories or finders', () => {
  const found = repositories.flatMap((f) =>
    ORM_STYLES.filter(([, re]) => re.test(code(f))).map(([what]) => `${f}: ${what}`),
  );
  expect(found).toEqual([]);
});

test('repositories run statements through the kit helpers only, never TypeORM query() directly', () => {
  expect(repositories.filter((f) => /\.query\s*[(<]/.test(code(f)))).toEqual([]);
});
