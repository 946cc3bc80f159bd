import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors';

/**
 * `JSON`: a document handed out as it is (a person's data export, one section per subgraph). Output only: no
 * argument takes it, so any input is refused. Written here rather than taken from a package because output-only
 * JSON is these few lines and every subgraph that declares the scalar must serialize it the same way.
 */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON document (output only).',
  serialize: (value) => value,
  parseValue: () => {
    throw badInput('JSON values are output only.');
  },
  parseLiteral: (ast) => {
    throw badInput(`JSON values are output only (got a ${ast.kind === Kind.OBJECT ? 'object' : 'literal'}).`);
  },
});
