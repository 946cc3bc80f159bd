import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. No text a person types holds them;
 * PostgreSQL cannot store a NUL at all, so without this check a NUL in any text field was an internal error (and,
 * before log.ts's serializer, a log line with the whole statement's parameters).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasControlCharacter = (text: string): boolean => CONTROL.test(text);

/**
 * Where in a variable's value (nested input objects and lists walked) a string holds one, e.g.
 * `$input.shifts[0].startTime`.
 */
function inValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = inValue(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      // A key with a control character is named by where it is, never repeated.
      const found = CONTROL.test(key) ? path : inValue(v, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The argument of a string literal in the document, as `field(argument.inputField)` or `$variable` for a default. */
function literalPlace(nodes: readonly (ASTNode | readonly ASTNode[])[]): string {
  let owner = '';
  const names: string[] = [];
  for (const n of nodes) {
    if (Array.isArray(n) || !('kind' in n)) continue;
    const node = n as ASTNode;
    if (node.kind === Kind.FIELD || node.kind === Kind.DIRECTIVE) {
      owner = node.kind === Kind.DIRECTIVE ? `@${node.name.value}` : node.name.value;
      names.length = 0;
    } else if (node.kind === Kind.VARIABLE_DEFINITION) {
      return `$${node.variable.name.value}`;
    } else if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) {
      names.push(node.name.value);
    }
  }
  return `${owner}(${names.join('.')})`;
}

/** The first text input (literal in the document or variable value) holding a control character, named; or null. */
export function findControlCharacter(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = inValue(value, `$${name}`);
    if (found) return `Variable ${found}`;
  }
  let literal: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (literal || !CONTROL.test(node.value)) return;
      literal = `Argument ${literalPlace([...ancestors, parent as ASTNode])}`;
    },
  });
  return literal;
}

/**
 * Refuses any operation whose text input holds a control character: BAD_USER_INPUT (HTTP 400) naming the argument
 * or variable, without repeating the value. The gateway runs it for every subgraph at once; each subgraph runs it
 * too, so a call that reaches one directly is refused the same way instead of failing in the database.
 */
export function controlCharacterGuard(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const where = findControlCharacter(document, request.variables);
          if (!where) return;
          throw new GraphQLError(
            `${where} contains a control character; text may hold line breaks and tabs but no other control ` +
              'characters (such as NUL bytes). Remove it and try again.',
            { extensions: { code: 'BAD_USER_INPUT', field: where.replace(/^\S+ /, ''), http: { status: 400 } } },
          );
        },
      };
    },
  };
}
