import {
  getDirectiveValues,
  getNamedType,
  isLeafType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** The root field every entity fetch goes through; its type conditions are checked as its selections are. */
const ENTITIES = '_entities';

/** Seconds from a type's `@cacheControl(maxAge: N)` in the SDL; undefined for a type without the directive. */
function maxAgeOf(schema: GraphQLSchema, type: GraphQLNamedType): number | undefined {
  const directive = schema.getDirective('cacheControl');
  const args = directive && type.astNode ? getDirectiveValues(directive, type.astNode) : undefined;
  return args?.maxAge as number | undefined;
}

/**
 * How long the gateway may keep an answer that used this subgraph's part of `query`: the shortest `@cacheControl`
 * maxAge among the types it reads, or 0 when it reads a field of a type (or a root field) without one. The other
 * subgraphs say so in their Cache-Control header, which the gateway honours (gateway/response-cache.ts); this one
 * runs inside the gateway's process, where no header travels, so its part is weighed here from the same directive.
 */
export function trafficMaxAge(schema: GraphQLSchema, query: string): number {
  const info = new TypeInfo(schema);
  let maxAge = Number.POSITIVE_INFINITY;
  visit(
    parse(query),
    visitWithTypeInfo(info, {
      Field(node) {
        const parent = info.getParentType();
        const type = info.getType();
        if (node.name.value.startsWith('__') || !parent || !type) return;
        if (parent === schema.getQueryType() && node.name.value === ENTITIES) return;
        maxAge = Math.min(maxAge, maxAgeOf(schema, parent) ?? 0);
        const named = getNamedType(type);
        if (!isLeafType(named)) maxAge = Math.min(maxAge, maxAgeOf(schema, named) ?? 0);
      },
      InlineFragment() {
        const condition = info.getType();
        if (condition) maxAge = Math.min(maxAge, maxAgeOf(schema, getNamedType(condition)) ?? 0);
      },
    }),
  );
  return Number.isFinite(maxAge) ? maxAge : 0;
}
