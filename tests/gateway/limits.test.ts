import { composeCity } from '../../schema/compose';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type DocumentNode,
  type SelectionSetNode,
} from 'graphql';
import { LIMITS, operationCost } from '../../gateway/limits';
import { loadManifest } from '../../gateway/trusted-documents';

/** The API schema clients see, composed from the subgraphs as `npm run compose` does. */
function apiSchema() {
  return composeCity().schema.toAPISchema().toGraphQLJSSchema();
}

function depth(set: SelectionSetNode | undefined, doc: DocumentNode): number {
  if (!set) return 0;
  return Math.max(
    0,
    ...set.selections.map((s) => {
      if (s.kind === Kind.FIELD) return 1 + depth(s.selectionSet, doc);
      if (s.kind === Kind.INLINE_FRAGMENT) return depth(s.selectionSet, doc);
      const frag = doc.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
      return frag && frag.kind === Kind.FRAGMENT_DEFINITION ? depth(frag.selectionSet, doc) : 0;
    }),
  );
}

const SCALAR_SAMPLES: Record<string, unknown> = {
  Int: 100,
  Float: 1,
  Boolean: true,
  ID: '10000000-0000-4000-8000-000000000001',
  String: 'x',
};

/** A value of `type` good enough to cost an operation: scalars, first enum value, required input fields. */
function sample(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isListType(getNullableType(type))) return [sample(named)];
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  return SCALAR_SAMPLES[named.name] ?? 'x';
}

/** Variables for costing an operation at its worst: pages of 100, and some value for every other variable. */
function sampleVariables(doc: DocumentNode): Record<string, unknown> {
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const values: Record<string, unknown> = {};
  for (const v of op && op.kind === Kind.OPERATION_DEFINITION ? (op.variableDefinitions ?? []) : []) {
    const name = v.variable.name.value;
    values[name] = name === 'first' ? 100 : sample(typeFromAST(schema, v.type as never) as GraphQLInputType);
  }
  return values;
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
      cost: operationCost(schema, doc, sampleVariables(doc)),
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
