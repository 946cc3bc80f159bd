import type http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import type { CryptoKey, JSONWebKeySet } from 'jose';
import { createHttpApp, listen } from '../subgraphs/kit/http';
import { signIdentity } from '../subgraphs/kit/identity';
import type { Logger } from '../subgraphs/kit/log';
import { createAuthenticator } from './auth';
import { maskError } from './errors';
import { createSubgraphFetcher } from './fetcher';
import { SignedSubgraphSource, type GatewayContext } from './subgraph-source';

export interface GatewayOptions {
  port: number;
  host: string;
  supergraphSdl: string;
  /** Overrides of the URLs recorded in the supergraph, by subgraph name (tests and containers use them). */
  subgraphUrls: Record<string, string>;
  auth: { issuer: string; audience: string; jwks: JSONWebKeySet };
  identityKey: CryptoKey;
  subgraphTimeoutMs: number;
  production: boolean;
  log: Logger;
}

export interface RunningGateway {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/** The city gateway: verifies tokens, signs the caller for subgraphs, plans over the static supergraph, masks errors. */
export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const authenticate = createAuthenticator(opts.auth);
  const { fetcher, close: closeFetcher } = createSubgraphFetcher({ timeoutMs: opts.subgraphTimeoutMs, socketsPerSubgraph: 32 });
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) => new SignedSubgraphSource({ url: opts.subgraphUrls[name] ?? url, fetcher }),
  });

  let stopping = false;
  const app = createHttpApp(async () => ({ gateway: true }), () => stopping);
  const { server: httpServer, port } = await listen(app, opts.port, opts.host);

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !opts.production,
    // Shutdown is ours (readiness fails first, then drain); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: maskError(opts.log),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...(opts.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ identity: await signIdentity(await authenticate(req.header('authorization')), opts.identityKey) }),
    }),
  );

  opts.log.info({ port }, 'gateway ready');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    httpServer,
    async stop() {
      stopping = true;
      await apollo.stop();
      await closeFetcher();
    },
  };
}
