import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNullableType, isListType, type GraphQLSchema, type DocumentNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Limits every operation must stay within, set from the real operations our frontends and partner apps send
 * (gateway/operations/, printed with their figures by tests/gateway/limits.test.ts, which checks each fits with room
 * to spare): at most 5 levels deep, no aliases, under 100 tokens, cost at most about 4,500 (a 42-day calendar
month with its shifts; a 100-item search page costs 2,500).
 */
export const LIMITS = {
  depth: 10,
  aliases: 15,
  directives: 10,
  tokens: 1_000,
  cost: 10_000,
  /** Lists without a `first`/`limit` argument are assumed this long (the district list is 23). */
  defaultListSize: 25,
  bodyBytes: 100 * 1024,
};

/**
 * Depth, aliases (every alias counts, `__typename` included) and directives, by graphql-armor. Tokens are counted
 * by graphql-js's own parser (`parseOptions.maxTokens`, see server.ts): armor's token plugin throws from a hook
 * Apollo does not catch, so a long document (or any syntax error) became a 500. Field suggestions are dropped by
 * our error masking in production (gateway/errors.ts), not by armor, whose plugin rewrote `message` on every error.
 */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: false, flattenFragments: true },
    // armor lets `__typename` aliases through by default; a flood of them is still a flood.
    maxAliases: { n: LIMITS.aliases, allowList: [] },
    maxDirectives: { n: LIMITS.directives },
    maxTokens: { enabled: false },
    // Our cost rule (below) multiplies by list sizes; armor's own cost rule does not, so it stays off.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/**
 * A field's cost: 1, plus its children's cost times the list size the client asked for. A connection's `edges`
 * are already counted by the connection's `first`; other lists without a size argument count as defaultListSize.
 */
const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const requested = [args.first, args.limit].find((n) => typeof n === 'number');
  if (typeof requested === 'number') return 1 + Math.max(requested, 1) * childComplexity;
  if (!isListType(getNullableType(field.type)) || childComplexity === 0) return undefined;
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  return 1 + LIMITS.defaultListSize * childComplexity;
};

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Rejects an operation whose estimated cost is over the limit, before any subgraph is called. */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = operationCost(schema, document, request.variables, operationName ?? undefined);
          if (cost > LIMITS.cost) {
            throw new GraphQLError(
              `This operation would cost ${cost} (limit ${LIMITS.cost}); ` +
                `ask for fewer items per page (first) or fewer fields.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
