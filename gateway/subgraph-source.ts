import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Caller } from '../subgraphs/kit/runtime/caller';
import type { RequestApp } from './partner-quotas';
import { IDENTITY_HEADER } from '../subgraphs/kit/runtime/identity';

/** What the gateway keeps per request: the verified caller, its signed form for subgraphs, and the client IP. */
export interface GatewayContext {
  caller: Caller;
  identity: string;
  ip: string;
  /** The partner app behind the request (its token or a citizen's), counted against the app's own quota. */
  app?: RequestApp;
  /** The sha256 of the app's own registered document this request runs (trusted-documents mode). */
  appDocument?: string;
}

/**
 * Sends each subgraph fetch with the gateway-signed identity and nothing a client sent: incoming headers are not
 * forwarded, so a forged x-qingju-identity from a client never reaches a subgraph.
 */
export class SignedSubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loading run without a request context; they carry no caller.
    if ('identity' in context && context.identity) request.http?.headers.set(IDENTITY_HEADER, context.identity);
  }
}
