import type { CryptoKey } from 'jose';
import type { TokenRequest } from '../../../gateway/tokens';

/** What the bench drives: our gateway, Hive Gateway and the subgraphs behind both, however they were started. */
export interface BenchSystem {
  /** How it runs, for the report (production processes, or the test city in one process). */
  mode: string;
  gatewayUrl: string;
  hive: { url: string; planner: string };
  /** Each subgraph's /graphql, for the operations served by one subgraph alone. */
  subgraphUrls: Record<string, string>;
  /** Processes whose CPU is counted: ours, Hive's, and the subgraphs' (both gateways use them). */
  pids: { gateway: number[]; hive: number[]; subgraphs: number[] };
  /** SQL statements the subgraphs' request pools have run so far, all subgraphs together. */
  sqlStatements(): Promise<number>;
  /** The PostgreSQL the subgraphs use: the bench reads ids to ask for, and checks sign-ups, there. */
  databaseUrl: string;
  /** The gateway's private identity key: a direct call to a subgraph carries the header our gateway would send. */
  identityKey: CryptoKey;
  /** A user token the gateways accept. */
  token(req: TokenRequest): Promise<string>;
  stop(): Promise<void>;
}
