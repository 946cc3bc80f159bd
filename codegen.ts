import fs from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { COMPOSED_SUBGRAPHS, type SubgraphEntry } from './schema/registry';
import { platformSdl, subgraphSdlText } from './subgraphs/kit/district/platform-sdl';

/**
 * Resolver types for every subgraph in the registry, from exactly the SDL composition uses (a district's own
 * schema.graphql plus the shared platform part), so a field renamed in SDL breaks the resolver that still serves the
 * old one at `tsc` time. `npm run codegen` writes them; `npm run codegen:check` fails when a committed file is stale.
 *
 * Per subgraph, two files in its resolvers/ folder steer the output:
 * - types.generated.ts: the output (committed, not hand-edited).
 * - mappers.ts (optional): `export type <GraphQLType>Mapper = ...` for every object type whose resolvers receive
 *   something other than the GraphQL shape (an entity, a row, a reference); codegen maps the type to it, so parent
 *   types are what the resolvers really get.
 */
const ROOT = __dirname;
export const GENERATED_FILE = 'types.generated.ts';

/**
 * The district base's own resolvers (`<Code>Platform` and `District.<code>`, in kit/district/platform.ts) serve every
 * district, so they are typed once, from the platform SDL written for a stand-in code: `DistrictPlatform` stands for
 * `<Code>Platform` and `District.district` for `District.<code>`.
 */
const DISTRICT_BASE = 'subgraphs/kit/district/resolvers';
const TEMPLATE_CODE = 'district';

/** `export type VolunteerMapper` / `export interface VolunteerMapper` → `Volunteer: './mappers#VolunteerMapper'`. */
function mappersOf(resolversDir: string): Record<string, string> {
  const file = path.join(ROOT, resolversDir, 'mappers.ts');
  if (!fs.existsSync(file)) return {};
  const mappers: Record<string, string> = {};
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/^export\s+(?:type|interface)\s+([A-Z]\w*)Mapper\b/gm)) {
    mappers[m[1]] = `./mappers#${m[1]}Mapper`;
  }
  return mappers;
}

/**
 * The context every resolver of the subgraph receives: the kit's SubgraphContext with this subgraph's DataLoaders
 * (a district's on top of the platform loaders every district has). Declared in the generated file itself so
 * resolvers need no generic argument.
 */
function contextOf(entry: SubgraphEntry): string {
  // A subgraph inside the gateway runs without the kit's server: its folder declares its own context.
  if (entry.kind === 'gateway')
    return [
      "import type { LocalContext } from '../context';",
      '/** What every resolver of this subgraph receives as its context (see ../context.ts). */',
      'export type Context = LocalContext;',
    ].join('\n');
  const hasLoaders = fs.existsSync(path.join(ROOT, entry.folder, 'data', 'loaders.ts'));
  const lines = ["import type { SubgraphContext } from '../../kit/runtime/subgraph';"];
  const parts: string[] = [];
  if (entry.kind === 'district') {
    lines.push("import type { PlatformLoaders } from '../../kit/district/platform';");
    parts.push('PlatformLoaders');
  }
  if (hasLoaders) {
    lines.push("import type { Loaders } from '../data/loaders';");
    parts.push('Loaders');
  }
  const loaders = parts.length ? parts.join(' & ') : 'unknown';
  lines.push(
    "/** What every resolver of this subgraph receives as its context (the kit's, with this subgraph's loaders). */",
    `export type Context = SubgraphContext<${loaders}>;`,
  );
  return lines.join('\n');
}

/** The context of the district base's resolvers: what every district's context has. */
const DISTRICT_BASE_CONTEXT = [
  "import type { SubgraphContext } from '../../runtime/subgraph';",
  "import type { PlatformLoaders } from '../platform';",
  "/** What the district base's resolvers need of any district's context (its platform loaders). */",
  'export type Context = SubgraphContext<PlatformLoaders>;',
].join('\n');

function output(schema: string, header: string, context: string, mappers: Record<string, string>) {
  return {
    schema,
    plugins: [{ add: { content: header } }, { add: { content: context } }, 'typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      // No index signature: a resolver for a field or type the SDL no longer has is then a tsc error (an excess
      // property), also when it takes no parameters.
      useIndexSignature: false,
      contextType: 'Context',
      mappers,
      // Enums as string unions: rows and rules keep their plain string values ('PUBLISHED').
      enumsAsTypes: true,
      // Resolvers may return nothing for an optional field; the GraphQL `Maybe` shape is null | undefined.
      maybeValue: 'T | null | undefined',
      useTypeImports: true,
      scalars: { ID: 'string' },
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  // Generated files are not formatted (.prettierignore): `--check` then compares them byte for byte.
  generates: {
    ...Object.fromEntries(
      COMPOSED_SUBGRAPHS.map((entry) => [
        `${entry.folder}/resolvers/${GENERATED_FILE}`,
        // The SDL text itself, not a file: composition's text, platform part included.
        output(
          subgraphSdlText(entry, ROOT),
          "/* Generated by `npm run codegen` from this subgraph's SDL; do not edit. */",
          contextOf(entry),
          mappersOf(`${entry.folder}/resolvers`),
        ),
      ]),
    ),
    [`${DISTRICT_BASE}/${GENERATED_FILE}`]: output(
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n${platformSdl(TEMPLATE_CODE)}`,
      '/* Generated by `npm run codegen` from the platform SDL every district shares ' +
        '(kit/district/platform-sdl.ts); do not edit. */',
      DISTRICT_BASE_CONTEXT,
      mappersOf(DISTRICT_BASE),
    ),
  },
};

export default config;
