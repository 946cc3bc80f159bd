import fs from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { apiSchemaOf } from '../../schema/check';
import { SUPERGRAPH_FILE } from '../../schema/compose';
import { repoPath } from '../../subgraphs/kit/runtime/paths';

/**
 * Typed documents for the city's clients (issue 18.6). Each client keeps its operations in its own folder:
 * `frontend/` (the district frontend), `dashboard/` (the city dashboard page), `partner/` (the example partner app,
 * 天府市民云) and `pages/` (the gateway's own share page and calendar feed). graphql-codegen's client preset turns them
 * into `TypedDocumentNode`s in `generated/` and writes `generated/persisted-documents.json`, which is the gateway's
 * trusted-documents manifest: one set of documents, typed for the clients and trusted by the gateway.
 *
 * Run `npm run codegen:clients`; tests/gateway/operations.test.ts fails when `generated/` is stale.
 */
export const OPERATIONS_ROOT = repoPath('gateway', 'operations');
export const GENERATED_DIR = path.join(OPERATIONS_ROOT, 'generated');
export const CLIENT_FOLDERS = ['frontend', 'dashboard', 'partner', 'pages'] as const;

/**
 * What clients may ask for: the API schema of the committed supergraph, without its join__/link__ machinery, so an
 * operation that only the supergraph's internals would accept does not type-check or validate.
 */
export function clientSchemaSdl(supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8')): string {
  return printSchema(apiSchemaOf(supergraphSdl));
}

/** `outDir` other than `generated/` lets the freshness test generate into a scratch folder and compare. */
export function clientsCodegenConfig(outDir = GENERATED_DIR): CodegenConfig {
  return {
    // A raw SDL string is a schema source to graphql-codegen's loader.
    schema: clientSchemaSdl(),
    documents: CLIENT_FOLDERS.map((folder) => path.join(OPERATIONS_ROOT, folder, '*.graphql')),
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [`${outDir}/`]: {
        preset: 'client',
        presetConfig: {
          // Whole results typed per operation; our clients read what they selected, no fragment masking.
          fragmentMasking: false,
          // sha256 of the normalized document, "sha256:<hex>": the GraphQL-over-HTTP documentId the gateway takes.
          persistedDocuments: { hashAlgorithm: 'sha256' },
        },
        config: {
          useTypeImports: true,
          // String unions: a test compares a status with 'CONFIRMED', not with an enum member.
          enumsAsTypes: true,
          // Results as the gateway answers them: our documents never select __typename.
          skipTypename: true,
        },
      },
    },
  };
}

export default clientsCodegenConfig();
