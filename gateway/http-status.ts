import type { ApolloServerPlugin } from '@apollo/server';

/**
 * The HTTP status policy, in one place (README: "HTTP status"). Once an operation has started executing, the answer
 * is 200 whatever its errors: the body holds the data that could be had and an error, with a path, for each part
 * that could not. A request refused before execution (no `data` at all) gets the status of its first error's code.
 */
export const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  QUERY_TOO_COSTLY: 400,
  OPERATION_NOT_TRUSTED: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  // Step one of the automatic persisted-query handshake, not a failure: the client sends the text next.
  PERSISTED_QUERY_NOT_FOUND: 200,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * Status of a request refused before execution; a more precise 4xx Apollo already chose (405: mutation over GET) stays.
 */
export function statusForRefusal(code: unknown, current: number | undefined): number {
  const status = STATUS_BY_CODE[String(code)] ?? 500;
  if (status === 400 && current !== undefined && current > 400 && current < 500) return current;
  return status;
}

/** Applies the policy to every GraphQL answer, after errors are masked (so it sees the codes clients see). */
export function statusPolicyPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          response.http.status =
            data !== undefined || !errors?.length
              ? 200
              : statusForRefusal(errors[0].extensions?.code, response.http.status);
        },
      };
    },
  };
}
