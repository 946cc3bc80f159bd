/**
 * The one list of subgraphs. Composition, the launcher, the test stack and docker-compose all read it,
 * so adding a district platform is its folder plus one line here.
 */
/** `gateway`: served from inside the gateway's own process (see GATEWAY_SUBGRAPHS), never launched on its own. */
export type SubgraphKind = 'core' | 'district' | 'gateway';

export interface SubgraphEntry {
  /** Service name in the supergraph; also the subgraph's own Postgres schema. */
  name: string;
  /** Port it listens on when run as its own process (npm start, docker-compose); 0 for one inside the gateway. */
  port: number;
  /** Folder below the repository root that holds schema.graphql, module.ts and index.ts. */
  folder: string;
  kind: SubgraphKind;
}

export const GATEWAY_PORT = 4000;

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  { name: 'volunteers', port: 4001, folder: 'subgraphs/volunteers', kind: 'core' },
  { name: 'organizations', port: 4002, folder: 'subgraphs/organizations', kind: 'core' },
  { name: 'projects', port: 4003, folder: 'subgraphs/projects', kind: 'core' },
  { name: 'notifications', port: 4004, folder: 'subgraphs/notifications', kind: 'core' },
  { name: 'majorevents', port: 4005, folder: 'subgraphs/majorevents', kind: 'core' },
  // The eight district-customized platforms (DOMAIN.md): pidu, xinjin and qionglai are named by the report,
  // the other five are our choice.
  { name: 'pidu', port: 4011, folder: 'subgraphs/pidu', kind: 'district' },
  { name: 'xinjin', port: 4012, folder: 'subgraphs/xinjin', kind: 'district' },
  { name: 'qionglai', port: 4013, folder: 'subgraphs/qionglai', kind: 'district' },
  { name: 'wuhou', port: 4014, folder: 'subgraphs/wuhou', kind: 'district' },
  { name: 'jinniu', port: 4015, folder: 'subgraphs/jinniu', kind: 'district' },
  { name: 'longquanyi', port: 4016, folder: 'subgraphs/longquanyi', kind: 'district' },
  { name: 'chenghua', port: 4017, folder: 'subgraphs/chenghua', kind: 'district' },
  { name: 'shuangliu', port: 4018, folder: 'subgraphs/shuangliu', kind: 'district' },
];

/**
 * Subgraphs the gateway itself serves, in its own process (@apollo/gateway's LocalGraphQLDataSource): composed into
 * the supergraph and typed by codegen like any other, but neither launched, nor in docker-compose, nor sent events.
 * Traffic is here because only the gateway sees every request (issue 13.3).
 */
export const GATEWAY_SUBGRAPHS: readonly SubgraphEntry[] = [
  { name: 'traffic', port: 0, folder: 'gateway/traffic', kind: 'gateway' },
];

/** Everything the supergraph joins: the subgraph processes and the gateway's own. */
export const COMPOSED_SUBGRAPHS: readonly SubgraphEntry[] = [...SUBGRAPHS, ...GATEWAY_SUBGRAPHS];

/** District codes that run a customized platform, in registry order. */
export const DISTRICT_PLATFORMS: readonly string[] = SUBGRAPHS.filter((s) => s.kind === 'district').map((s) => s.name);

/**
 * The local URL a subgraph answers on when run by the launcher; the supergraph records these. One inside the gateway
 * has no address: the gateway serves it without HTTP, whatever the supergraph says.
 */
export function localUrl(entry: SubgraphEntry, host = 'localhost'): string {
  if (entry.kind === 'gateway') return `local://${entry.name}`;
  return `http://${host}:${entry.port}/graphql`;
}
