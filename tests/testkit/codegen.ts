import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { clientSchemaSdl } from '../../gateway/operations/codegen';
import { repoPath } from '../../subgraphs/kit/runtime/paths';

/**
 * Typed documents for the operations tests write themselves (issue 18.9). A test document is written inside the
 * `graphql()` function of `tests/testkit/generated` (graphql-codegen's client preset); codegen reads those calls and
 * types each document's result and variables, against the same API schema the clients' operations are checked against
 * (gateway/operations/codegen.ts). So a test reads its result with the types the schema gives, and a document asking
 * for a field the schema lacks fails `npm run codegen:tests`.
 *
 * A document must be a literal without `${…}` for codegen to read it. The few tests that build a document at run time,
 * or send one the schema refuses on purpose, pass a string and state the result type they expect.
 *
 * Run `npm run codegen:tests`; tests/gateway/operations.test.ts fails when `generated/` is stale.
 */
export const TESTS_ROOT = repoPath('tests');
export const TESTS_GENERATED_DIR = path.join(TESTS_ROOT, 'testkit', 'generated');

export function testsCodegenConfig(outDir = TESTS_GENERATED_DIR): CodegenConfig {
  return {
    schema: clientSchemaSdl(),
    documents: [
      path.join(TESTS_ROOT, '**', '*.ts'),
      `!${path.join(TESTS_ROOT, 'testkit', 'generated', '**')}`,
      // The ninth district's fixture is a subgraph of its own, not in the committed supergraph.
      `!${path.join(TESTS_ROOT, 'districts', 'fixtures', '**')}`,
    ],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [`${outDir}/`]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: { useTypeImports: true, enumsAsTypes: true, skipTypename: true },
      },
    },
  };
}

export default testsCodegenConfig();
