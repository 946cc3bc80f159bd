import { composeServices } from '@apollo/composition';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, validate, type DocumentNode, type SelectionSetNode } from 'graphql';
import { SUBGRAPHS } from '../../schema/registry';
import { LIMITS, operationCost } from '../../gateway/limits';
import { loadManifest } from '../../gateway/trusted-documents';
import { repoPath } from '../../subgraphs/kit/paths';

/** The API schema clients see, composed from the subgraphs as the gateway does. */
function apiSchema() {
  const result = composeServices(SUBGRAPHS.map((s) => ({
    name: s.name, url: `http://x/${s.name}`, typeDefs: parse(fs.readFileSync(path.join(repoPath(), s.folder, 'schema.graphql'), 'utf8')),
  })));
  if (result.errors) throw new Error(result.errors.join('\n'));
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

function depth(set: SelectionSetNode | undefined, doc: DocumentNode): number {
  if (!set) return 0;
  return Math.max(0, ...set.selections.map((s) => {
    if (s.kind === Kind.FIELD) return 1 + depth(s.selectionSet, doc);
    if (s.kind === Kind.INLINE_FRAGMENT) return depth(s.selectionSet, doc);
    const frag = doc.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
    return frag && frag.kind === Kind.FRAGMENT_DEFINITION ? depth(frag.selectionSet, doc) : 0;
  }));
}

const schema = apiSchema();
const operations = [...loadManifest().values()].map((text) => parse(text));

test.each(operations.map((d) => [(d.definitions[0] as { name?: { value: string } }).name?.value ?? '?', d]))(
  'the real operation %s is valid and fits every limit with room to spare',
  (_name, doc) => {
    expect(validate(schema, doc)).toEqual([]);
    const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const figures = {
      depth: depth(op.kind === Kind.OPERATION_DEFINITION ? op.selectionSet : undefined, doc),
      cost: operationCost(schema, doc, { first: 100, after: null, id: '10000000-0000-4000-8000-000000000001' }),
      tokens: (doc.loc?.source.body.match(/[\w$]+|[{}():!@=[\]]|\.\.\./g) ?? []).length,
    };
    // Printed so that the limits can be re-derived when operations change.
    console.log(`${_name}: ${JSON.stringify(figures)}`);
    expect(figures.depth).toBeLessThanOrEqual(LIMITS.depth * 0.7);
    expect(figures.cost).toBeLessThanOrEqual(LIMITS.cost / 2);
    expect(figures.tokens).toBeLessThanOrEqual(LIMITS.tokens / 2);
  },
);

test('cost grows with the page size asked for', () => {
  const q = (n: number) => parse(`{ projects(first: ${n}) { edges { node { title organization { name } } } } }`);
  expect(operationCost(schema, q(100))).toBeGreaterThan(operationCost(schema, q(10)) * 9);
});
