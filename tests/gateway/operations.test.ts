import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { CLIENT_FOLDERS, GENERATED_DIR, OPERATIONS_ROOT, clientSchemaSdl } from '../../gateway/operations/codegen';
import { loadManifest } from '../../gateway/trusted-documents';
import { repoPath } from '../../subgraphs/kit/runtime/paths';
import { TESTS_GENERATED_DIR } from '../testkit/codegen';

/**
 * The operations our clients send (gateway/operations/<client>/*.graphql) are checked against what the committed
 * supergraph offers clients, and the typed documents and the manifest generated from them must be fresh (issue 18.6).
 */
const documents = CLIENT_FOLDERS.flatMap((folder) =>
  fs
    .readdirSync(path.join(OPERATIONS_ROOT, folder))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => ({ file: `${folder}/${f}`, text: fs.readFileSync(path.join(OPERATIONS_ROOT, folder, f), 'utf8') })),
);

test('every operation file lives in a client folder', () => {
  const stray = fs
    .readdirSync(OPERATIONS_ROOT, { withFileTypes: true })
    .filter((e) => (e.isDirectory() ? !['generated', ...CLIENT_FOLDERS].includes(e.name) : e.name.endsWith('.graphql')))
    .map((e) => e.name);
  expect(stray).toEqual([]);
  expect(documents.length).toBeGreaterThan(0);
});

test('every operation is valid against the API schema of the committed supergraph', () => {
  const schema = buildSchema(clientSchemaSdl());
  const problems = documents.flatMap(({ file, text }) =>
    validate(schema, parse(text)).map((e) => `${file}: ${e.message}`),
  );
  expect(problems).toEqual([]);
});

test('one named operation per file, named as the file, no name twice', () => {
  const names = documents.map(({ file, text }) => {
    const ops = parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect({ file, names: ops.map((o) => o.name?.value) }).toEqual({ file, names: [path.basename(file, '.graphql')] });
    return ops[0].name!.value;
  });
  expect(new Set(names).size).toBe(names.length);
});

test('the trusted-documents manifest holds exactly these documents', () => {
  const manifest = loadManifest();
  const named = [...manifest.values()].map((t) => /^(?:query|mutation|subscription) (\w+)/.exec(t)?.[1]).sort();
  expect(named).toEqual(documents.map(({ file }) => path.basename(file, '.graphql')).sort());
});

/** Runs codegen with `config` (a module's exported function of the output folder) into a scratch folder. */
function expectFresh(configModule: string, configFunction: string, generatedDir: string) {
  // The CLI in its own process, as `npm run codegen:*` runs it, writing into a scratch folder.
  const out = fs.mkdtempSync(path.join(repoPath(), '.codegen-check-'));
  try {
    execFileSync(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        '-e',
        `const { generate } = require('@graphql-codegen/cli');
         const config = require(${JSON.stringify(configModule)})[${JSON.stringify(configFunction)}];
         generate(config(process.argv[1]), true).then(
           () => process.exit(0),
           (e) => { console.error(e); process.exit(1); },
         );`,
        out,
      ],
      { cwd: repoPath(), stdio: 'pipe', timeout: 120_000 },
    );
    const listing = (dir: string) => fs.readdirSync(dir).sort();
    expect(listing(out)).toEqual(listing(generatedDir));
    for (const f of listing(out)) {
      expect({ f, text: fs.readFileSync(path.join(generatedDir, f), 'utf8') }).toEqual({
        f,
        text: fs.readFileSync(path.join(out, f), 'utf8'),
      });
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

test('the generated typed documents and manifest are fresh (npm run codegen:clients)', () => {
  expectFresh('./gateway/operations/codegen.ts', 'clientsCodegenConfig', GENERATED_DIR);
}, 120_000);

test("the tests' own typed documents are fresh (npm run codegen:tests)", () => {
  expectFresh('./tests/testkit/codegen.ts', 'testsCodegenConfig', TESTS_GENERATED_DIR);
}, 120_000);
