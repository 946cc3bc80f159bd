import fs from 'node:fs';
import path from 'node:path';
import { repoPath } from '../subgraphs/kit/runtime/paths';
import { GATEWAY_PORT, SUBGRAPHS, type SubgraphEntry } from './registry';

export const COMPOSE_FILE = 'docker-compose.yml';

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const NUMBERS_TEENS = ['twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const inWords = (n: number) => [...NUMBERS, ...NUMBERS_TEENS][n] ?? String(n);

/** The fixed part (header, shared anchors, postgres), kept as YAML so it reads as what it becomes. */
const header = (count: number) =>
  fs
    .readFileSync(repoPath('schema', 'docker-compose.base.yml'), 'utf8')
    .split('\n')
    .slice(2)
    .join('\n')
    .replace('{{count}}', inWords(count))
    .replace('{{gatewayPort}}', String(GATEWAY_PORT));

/** A host variable compose refuses to start without, saying where to read how to set it. */
const required = (name: string) => `\${${name}:?set ${name}, see the header of docker-compose.yml}`;

/** A container is healthy when its own /ready answers (Node's fetch: the image has no curl). */
const readyProbe = (port: number) =>
  `["CMD", "node", "-e", "fetch('http://127.0.0.1:${port}/ready')` +
  `.then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]`;

function subgraphService(e: SubgraphEntry): string {
  const key = `QINGJU_EVENTS_PRIVATE_KEY_${e.name.toUpperCase()}`;
  return `
  ${e.name}:
    <<: *service
    command: ["node", "dist/${e.folder}/index.js"]
    environment:
      <<: *subgraph-env
      PORT: "${e.port}"
      EVENTS_PRIVATE_KEY: ${required(key)}
    expose: ["${e.port}"]
    depends_on: *depends-on-postgres
    healthcheck:
      <<: *healthcheck
      test: ${readyProbe(e.port)}
`;
}

function gatewayService(entries: readonly SubgraphEntry[]): string {
  const urls = entries
    .map((e) => `      SUBGRAPH_${e.name.toUpperCase()}_URL: http://${e.name}:${e.port}/graphql\n`)
    .join('');
  const waits = entries.map((e) => `      ${e.name}:\n        condition: service_healthy\n`).join('');
  return `
  gateway:
    <<: *service
    command: ["node", "dist/gateway/index.js"]
    environment:
      PORT: "${GATEWAY_PORT}"
      HOST: 0.0.0.0
      # /metrics and /ready per subgraph: reachable inside the compose network (a scraper there), published to the
      # host's loopback only, never on the public port.
      OPS_PORT: "9400"
      OPS_HOST: 0.0.0.0
      NODE_ENV: production
      LOG_LEVEL: info
      AUTH_ISSUER: \${QINGJU_AUTH_ISSUER:-qingju-dev}
      AUTH_AUDIENCE: \${QINGJU_AUTH_AUDIENCE:-qingju}
      AUTH_JWKS: ${required('QINGJU_AUTH_JWKS')}
      IDENTITY_PRIVATE_KEY: ${required('QINGJU_IDENTITY_PRIVATE_KEY')}
      # Its own request counts (schema traffic) in the city's database.
      DATABASE_URL: postgres://postgres:\${POSTGRES_PASSWORD:-qingju}@postgres:5432/qingju
${urls}    ports:
      - "${GATEWAY_PORT}:${GATEWAY_PORT}"
      - "127.0.0.1:9400:9400"
    depends_on:
      postgres:
        condition: service_healthy
${waits}`;
}

/**
 * docker-compose.yml as the registry says it: postgres, one service per subgraph, the gateway told every subgraph's
 * URL and waiting for each to be healthy. Generated rather than edited so that a new district needs no line here.
 */
export function renderCompose(entries: readonly SubgraphEntry[] = SUBGRAPHS): string {
  return `${header(entries.length)}${entries.map(subgraphService).join('')}${gatewayService(entries)}
volumes:
  pgdata:
`;
}

/** Writes docker-compose.yml at the root of the repository (or of a copy of it). */
export function writeCompose(entries: readonly SubgraphEntry[] = SUBGRAPHS, root = repoPath()): string {
  const file = path.join(root, COMPOSE_FILE);
  fs.writeFileSync(file, renderCompose(entries));
  return file;
}
