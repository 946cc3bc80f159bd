import { fork } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import type { CryptoKey, JWK } from 'jose';
import { createAuthenticator, type AuthOptions } from '../../gateway/auth';
import { ACTING_ORGANIZATION_HEADER, actingFor } from '../../gateway/acting';
import { identitySigner } from '../../gateway/identities';
import { IDENTITY_HEADER, signIdentity } from '../../subgraphs/kit/runtime/identity';

/**
 * Hive Gateway (the runtime of @graphql-hive/gateway 2.15.1) serving our committed supergraph, unchanged, over our
 * running subgraphs: the peer gateway our answers and figures are compared with (issue 14). Subgraphs answer only
 * requests carrying the gateway-signed identity, so a plugin does what our gateway's request context does
 * (gateway/server.ts): verify the bearer token with our authenticator, apply X-Acting-Organization, sign the caller.
 * Partner-app tokens are not looked up in the partner registry as ours does (registeredPartnersOnly): no compared
 * or benchmarked operation signs in as a partner app.
 */
export interface HiveGatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph answers, by name; subgraphs not named keep the supergraph's URL. */
  subgraphUrls: Record<string, string>;
  auth: AuthOptions;
  identityKey: CryptoKey;
  port?: number;
  host?: string;
  /**
   * The Rust query planner (@graphql-hive/router-runtime) instead of the JavaScript one; on by default. Whether it
   * took is in `planner` of the result: the runtime falls back to nothing, so a supergraph it cannot plan fails
   * at the first request, and the caller can start again with `rustPlanner: false`.
   */
  rustPlanner?: boolean;
}

export interface RunningHiveGateway {
  url: string;
  planner: 'rust' | 'javascript';
  stop(): Promise<void>;
}

interface SignedContext {
  qingjuIdentity?: string;
}

/**
 * The little of Hive's API used here, typed by hand. Its declaration files would enter the type check with GraphQL
 * Yoga's global augmentation of GraphQLError's `extensions.http` (headers as a record), which contradicts Apollo
 * Server's (headers as a Map) that gateway/rate-limit.ts relies on; a plain require keeps them out.
 */
interface GatewayPlugin<C> {
  onContextBuilding?(payload: { context: unknown; extendContext(extension: Partial<C>): void }): Promise<void> | void;
  onSubgraphExecute?(payload: {
    executionRequest: {
      context?: unknown;
      extensions?: { headers?: Record<string, string> } & Record<string, unknown>;
    };
  }): void;
}
interface GatewayRuntime {
  (req: http.IncomingMessage, res: http.ServerResponse): void;
  dispose(): Promise<void> | void;
}
/* eslint-disable @typescript-eslint/no-require-imports -- see above: untyped on purpose */
const { createGatewayRuntime } = require('@graphql-hive/gateway-runtime') as {
  createGatewayRuntime(config: Record<string, unknown>): GatewayRuntime;
};
const { unifiedGraphHandler } = require('@graphql-hive/router-runtime') as { unifiedGraphHandler: unknown };
// Handed over rather than left to the runtime's own dynamic import(), which Jest's module sandbox cannot run.
const httpTransport = require('@graphql-mesh/transport-http') as unknown;
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The plugin that stands in for our gateway's request context: the caller's signed identity on every subgraph
 * request, signed once per caller per 30 s as ours does (gateway/identities.ts). It goes where Hive's own header
 * propagation puts headers, the execution request's `extensions.headers`, which Hive's merging of identical in-flight
 * subgraph requests counts in its key. Set at fetch time instead (onFetch), as it first was, it missed that key: two
 * volunteers' identical profile reads in flight were merged, and one was answered with the other's profile.
 */
export function qingjuIdentityPlugin(auth: AuthOptions, identityKey: CryptoKey): GatewayPlugin<SignedContext> {
  const authenticate = createAuthenticator(auth);
  const sign = identitySigner({ sign: (caller) => signIdentity(caller, identityKey) });
  return {
    async onContextBuilding({ context, extendContext }) {
      const headers = (context as { request: Request }).request.headers;
      let signedIn;
      try {
        signedIn = await authenticate(headers.get('authorization') ?? undefined);
      } catch (err) {
        // Ours answers a refused token with 401 and UNAUTHENTICATED; the same code here, so answers compare.
        throw new GraphQLError((err as Error).message, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      const caller = actingFor(signedIn, headers.get(ACTING_ORGANIZATION_HEADER) ?? undefined, false);
      extendContext({ qingjuIdentity: await sign(caller) });
    },
    onSubgraphExecute({ executionRequest }) {
      // Schema and health requests run without a request context; they carry no caller, as in ours.
      const identity = (executionRequest.context as SignedContext | undefined)?.qingjuIdentity;
      if (!identity) return;
      const extensions = (executionRequest.extensions ??= {});
      extensions.headers = { ...extensions.headers, [IDENTITY_HEADER]: identity };
    },
  };
}

export async function startHiveGateway(opts: HiveGatewayOptions): Promise<RunningHiveGateway> {
  const rust = opts.rustPlanner ?? true;
  const runtime = createGatewayRuntime({
    supergraph: opts.supergraphSdl,
    transportEntries: Object.fromEntries(
      Object.entries(opts.subgraphUrls).map(([name, location]) => [name, { location }]),
    ),
    transports: { http: httpTransport },
    plugins: () => [qingjuIdentityPlugin(opts.auth, opts.identityKey)],
    ...(rust ? { unifiedGraphHandler } : {}),
    logging: process.env.HIVE_LOG ?? false,
    maskedErrors: !process.env.HIVE_LOG,
    graphiql: false,
    landingPage: false,
  });
  const server = http.createServer(runtime);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    planner: rust ? 'rust' : 'javascript',
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await runtime.dispose();
    },
  };
}

/** What the Hive Gateway process is started with (JSON in its environment, QINGJU_HIVE). */
export interface HiveProcessConfig {
  supergraphFile: string;
  subgraphUrls: Record<string, string>;
  auth: AuthOptions;
  identityPrivateJwk: JWK;
  port?: number;
  rustPlanner?: boolean;
  /** More environment for the process. */
  env?: Record<string, string>;
}

export interface HiveProcess extends RunningHiveGateway {
  pid: number;
}

/**
 * Hive Gateway in a process of its own (tests/testkit/hive-process.ts): how it runs in production, how its CPU is
 * measured apart from ours, and the only way under Jest, whose module sandbox cannot run the dynamic import() the
 * runtime loads its query planner and transports with.
 */
export function spawnHiveGateway(config: HiveProcessConfig): Promise<HiveProcess> {
  const child = fork(path.join(__dirname, 'hive-process.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, ...config.env, QINGJU_HIVE: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`Hive Gateway exited with code ${code} while starting`)));
    child.once('message', (m: { url: string; planner: 'rust' | 'javascript' }) =>
      resolve({
        ...m,
        pid: child.pid!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      }),
    );
  });
}
