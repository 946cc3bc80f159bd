import fs from 'node:fs';
import { parse } from 'yaml';
import { GATEWAY_PORT, SUBGRAPHS } from '../../schema/registry';
import { readSubgraphConfig } from '../../subgraphs/kit/runtime/config';
import { readGatewayConfig } from '../../gateway/config';
import { repoPath } from '../../subgraphs/kit/runtime/paths';
import { renderCompose } from '../../schema/docker-compose';

/**
 * docker-compose.yml is generated from schema/registry.ts (`npm run compose`); this checks it is fresh and that what
 * it says keeps the two in step for those who run the city in containers (a wrong port or a missing
 * SUBGRAPH_<NAME>_URL would only show up as a gateway that cannot start).
 */

/** Every variable subgraphs/kit/runtime/config.ts reads. */
const SUBGRAPH_ENV_KEYS = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DB_POOL_MAX',
  'IDENTITY_PUBLIC_KEY',
  'EVENTS_PRIVATE_KEY',
  'EVENTS_PUBLIC_KEYS',
  'PEER_URL_TEMPLATE',
  'LOG_LEVEL',
  'SEED_DEMO',
];
/** Every variable gateway/config.ts reads, besides SUBGRAPH_<NAME>_URL for each registry entry. */
const GATEWAY_ENV_KEYS = [
  'PORT',
  'HOST',
  'NODE_ENV',
  'LOG_LEVEL',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_JWKS',
  'IDENTITY_PRIVATE_KEY',
  'DATABASE_URL',
  'SUBGRAPH_TIMEOUT_MS',
  'OPS_PORT',
  'OPS_HOST',
];

type Env = Record<string, string>;
interface Service {
  build?: string | { context?: string; dockerfile?: string };
  image?: string;
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  expose?: (string | number)[];
  ports?: (string | number | { target?: number | string; published?: number | string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
}

const compose = parse(fs.readFileSync(repoPath('docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;

/** `environment:` as a map or as a list of KEY=VALUE strings, values as strings. */
function envOf(service: Service): Env {
  const raw = service.environment ?? {};
  if (Array.isArray(raw)) {
    return Object.fromEntries(
      raw.map((line) => {
        const eq = line.indexOf('=');
        return eq < 0 ? [line, ''] : [line.slice(0, eq), line.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v == null ? '' : String(v)]));
}

/** Compose interpolation with nothing set on the host: defaults apply, required variables get a stand-in value. */
function interpolate(value: string): string {
  return value
    .replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*)|:?\?[^}]*)?\}/g,
      (_m, _name: string, fallback?: string) => fallback ?? `{"stand-in":"a required value set on the host"}`,
    )
    .replace(/\$\$/g, '$');
}

function commandOf(service: Service): string[] {
  const c = service.command ?? [];
  return Array.isArray(c) ? c.map(String) : c.trim().split(/\s+/);
}

/** depends_on as a map of service name to condition (the list form means service_started). */
function dependsOn(service: Service): Record<string, string> {
  const d = service.depends_on ?? {};
  if (Array.isArray(d)) return Object.fromEntries(d.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(d).map(([name, v]) => [name, v?.condition ?? 'service_started']));
}

/** Published ports as [host, container] pairs, from "host:container", "ip:host:container/tcp" or the long syntax. */
function publishedPorts(service: Service): [number, number][] {
  return (service.ports ?? []).map((p) => {
    if (typeof p === 'object') return [Number(p.published), Number(p.target)] as [number, number];
    const parts = String(p)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const container = Number(parts[parts.length - 1]);
    return [parts.length > 1 ? Number(parts[parts.length - 2]) : NaN, container] as [number, number];
  });
}

function healthProbe(service: Service): string {
  const t = service.healthcheck?.test ?? [];
  return Array.isArray(t) ? t.join(' ') : t;
}

const urlVar = (name: string) => `SUBGRAPH_${name.toUpperCase()}_URL`;

describe('docker-compose.yml', () => {
  it('is what `npm run compose` writes from the registry today (run it and commit the file if this fails)', () => {
    expect(fs.readFileSync(repoPath('docker-compose.yml'), 'utf8')).toBe(renderCompose(SUBGRAPHS));
  });

  it('has exactly postgres, the gateway and one service per registry entry', () => {
    expect(Object.keys(services).sort()).toEqual(['gateway', 'postgres', ...SUBGRAPHS.map((s) => s.name)].sort());
  });

  it('runs a postgres the others can wait for', () => {
    const pg = services.postgres;
    expect(pg.image).toMatch(/^postgres:/);
    expect(envOf(pg).POSTGRES_PASSWORD).toBeTruthy();
    expect(healthProbe(pg)).toContain('pg_isready');
  });

  it('builds the gateway and every subgraph from the one Dockerfile at the repository root', () => {
    for (const name of ['gateway', ...SUBGRAPHS.map((s) => s.name)]) {
      const build = services[name].build;
      const context = typeof build === 'object' ? build.context : build;
      expect({ name, context: context?.replace(/\/$/, '') }).toEqual({ name, context: '.' });
      if (typeof build === 'object' && build.dockerfile) expect(build.dockerfile).toBe('Dockerfile');
    }
  });

  describe.each(SUBGRAPHS.map((s) => [s.name, s] as const))('subgraph %s', (name, entry) => {
    const service = services[name] ?? {};
    const env = envOf(service);

    it('runs its compiled entry point', () => {
      expect(commandOf(service)).toEqual(['node', `dist/${entry.folder}/index.js`]);
      expect(fs.existsSync(repoPath(entry.folder, 'index.ts'))).toBe(true);
    });

    it('listens on its registry port, reachable from the other containers', () => {
      expect(env.PORT).toBe(String(entry.port));
      expect(env.HOST).toBe('0.0.0.0');
      expect((service.expose ?? []).map(String)).toContain(String(entry.port));
    });

    it('uses the postgres service, trusts the gateway identity key, and waits for postgres', () => {
      const url = new URL(interpolate(env.DATABASE_URL ?? ''));
      expect(url.protocol).toBe('postgres:');
      expect(url.hostname).toBe('postgres');
      expect(url.port || '5432').toBe('5432');
      expect(env.IDENTITY_PUBLIC_KEY).toBeTruthy();
      expect(env.EVENTS_PUBLIC_KEYS).toBeTruthy();
      // Its own events key, never another subgraph's: a receiver trusts a batch's source by the key that signed it.
      expect(env.EVENTS_PRIVATE_KEY).toMatch(new RegExp(`^\\$\\{QINGJU_EVENTS_PRIVATE_KEY_${name.toUpperCase()}:\\?`));
      // Events reach peers by service name inside the compose network.
      expect(env.PEER_URL_TEMPLATE).toBe('http://{name}:{port}');
      expect(dependsOn(service)).toMatchObject({ postgres: 'service_healthy' });
    });

    it('is healthy only when its own /ready answers', () => {
      const probe = healthProbe(service);
      expect(probe).toContain(`http://127.0.0.1:${entry.port}/ready`);
      expect([...probe.matchAll(/:(\d{2,5})\//g)].map((m) => Number(m[1]))).toEqual([entry.port]);
    });

    it('sets only variables subgraphs/kit/runtime/config.ts reads, with values it accepts', () => {
      expect(Object.keys(env).filter((k) => !SUBGRAPH_ENV_KEYS.includes(k))).toEqual([]);
      const resolved = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v)]));
      const config = readSubgraphConfig(resolved, -1);
      expect(config.PORT).toBe(entry.port);
    });
  });

  describe('gateway', () => {
    const gateway = services.gateway ?? {};
    const env = envOf(gateway);

    it('is given every subgraph by its service name and registry port', () => {
      for (const s of SUBGRAPHS)
        expect({ [urlVar(s.name)]: env[urlVar(s.name)] }).toEqual({
          [urlVar(s.name)]: `http://${s.name}:${s.port}/graphql`,
        });
    });

    it('listens on GATEWAY_PORT and publishes it', () => {
      expect(env.PORT).toBe(String(GATEWAY_PORT));
      expect(publishedPorts(gateway)).toContainEqual([GATEWAY_PORT, GATEWAY_PORT]);
    });

    it('publishes its ops port (metrics, readiness per subgraph) on host loopback only, unlike the API port', () => {
      const config = readGatewayConfig(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v)])));
      expect(config.OPS_PORT).not.toBe(GATEWAY_PORT);
      expect(publishedPorts(gateway)).toContainEqual([config.OPS_PORT, config.OPS_PORT]);
      const opsMappings = (gateway.ports ?? []).filter(
        (p) => publishedPorts({ ports: [p] })[0]![1] === config.OPS_PORT,
      );
      for (const p of opsMappings) expect(typeof p === 'object' ? p : String(p)).toMatch(/^127\.0\.0\.1:/);
    });

    it('starts only once every subgraph is healthy', () => {
      const deps = dependsOn(gateway);
      for (const s of SUBGRAPHS) expect({ [s.name]: deps[s.name] }).toEqual({ [s.name]: 'service_healthy' });
    });

    it('sets only variables gateway/config.ts reads, with values it accepts', () => {
      const accepted = [...GATEWAY_ENV_KEYS, ...SUBGRAPHS.map((s) => urlVar(s.name))];
      expect(Object.keys(env).filter((k) => !accepted.includes(k))).toEqual([]);
      for (const key of ['AUTH_JWKS', 'IDENTITY_PRIVATE_KEY']) expect(env[key]).toBeTruthy();
      const resolved = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v)]));
      const config = readGatewayConfig(resolved);
      expect(config.PORT).toBe(GATEWAY_PORT);
      expect(config.NODE_ENV).toBe('production');
      expect(Object.keys(config.subgraphUrls).sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    });
  });

  it('lists accepted variables that the config modules really read', () => {
    const subgraphSource = fs.readFileSync(repoPath('subgraphs', 'kit', 'runtime', 'config.ts'), 'utf8');
    const gatewaySource = fs.readFileSync(repoPath('gateway', 'config.ts'), 'utf8');
    for (const key of SUBGRAPH_ENV_KEYS)
      expect({ key, read: new RegExp(`\\b${key}\\s*:`).test(subgraphSource) }).toEqual({ key, read: true });
    for (const key of GATEWAY_ENV_KEYS)
      expect({ key, read: new RegExp(`\\b${key}\\s*:`).test(gatewaySource) }).toEqual({ key, read: true });
  });
});

describe('Dockerfile', () => {
  const file = repoPath('Dockerfile');

  it('exists, compiles with npm run build and runs the gateway by default as a non-root user', () => {
    expect(fs.existsSync(file)).toBe(true);
    const lines = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toContain('RUN npm run build');
    // Every stage runs on an official Node image no older than package.json's engines allow (Node 22 LTS).
    const engines = JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8')).engines.node as string;
    const lowestMajor = Number(/\d+/.exec(engines)?.[0]);
    const stages = lines.filter((l) => l.startsWith('FROM'));
    expect(stages.length).toBeGreaterThan(0);
    for (const stage of stages) {
      const major = Number(/^FROM node:(\d+)-bookworm-slim\b/.exec(stage)?.[1]);
      expect({ stage, supported: major >= lowestMajor }).toEqual({ stage, supported: true });
    }
    expect(lines.some((l) => /^USER node$/.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('CMD')).pop()).toMatch(/^CMD \["node", "dist\/gateway\/index\.js"\]$/);
    // The runtime stage needs the source folders that SDL and data are read from.
    const runtime = lines.slice(lines.map((l) => l.startsWith('FROM')).lastIndexOf(true));
    for (const folder of ['subgraphs/', 'schema/'])
      expect(runtime.some((l) => l.startsWith(`COPY ${folder}`))).toBe(true);
    expect(runtime.some((l) => /^COPY --from=\S+ \S*dist/.test(l))).toBe(true);
  });
});
