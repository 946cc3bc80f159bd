import fs from 'node:fs';
import path from 'node:path';
// Types only: the models are ESM, and the typecheck is what holds every field to the Kubernetes API (and the
// CloudNativePG CRDs); schema/validate-kubernetes.mjs validates the written files against the same OpenAPI schemas.
import type { ICluster, IPooler } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';
import type { IDeployment } from 'kubernetes-models/apps/v1';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { IConfigMap, IContainer, IEnvVar, INamespace, IProbe, IService } from 'kubernetes-models/v1';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { stringify } from 'yaml';
import { repoPath } from '../subgraphs/kit/runtime/paths';
import { GATEWAY_PORT, SUBGRAPHS, type SubgraphEntry } from './registry';

/**
 * The city on Kubernetes (issue 14.4), generated from the registry like docker-compose.yml, so a new district is its
 * folder and a line in schema/registry.ts here too. Every object is typed by kubernetes-models / the CloudNativePG
 * models (a field Kubernetes would refuse fails the typecheck), and schema/validate-kubernetes.mjs validates the
 * committed files against the API's OpenAPI schemas (tests/foundation/kubernetes.test.ts runs it).
 *
 * What runs: the gateway and every subgraph as Deployments (the one image of the Dockerfile) with a Service, a
 * horizontal autoscaler on CPU and a disruption budget; PostgreSQL as a CloudNativePG Cluster (the operator is
 * installed separately) behind its PgBouncer Pooler; Redis for the gateway's shared rate limits and caches.
 * Secrets (keys) are never in the repository: deploy/kubernetes/README.md says how to create `qingju-keys`.
 */
export const KUBERNETES_DIR = path.join('deploy', 'kubernetes', 'base');

const NAMESPACE = 'qingju';
const IMAGE = 'qingju:latest';
const DB = 'qingju-db';
const KEYS = 'qingju-keys';
const GATEWAY_OPS_PORT = 9400;

const labels = (name: string) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'qingju' });
const fromSecret = (name: string, secret: string, key: string, optional = false): IEnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key, ...(optional ? { optional } : {}) } },
});

/**
 * The database through PgBouncer, user and password from the secret CloudNativePG makes for the app owner. Kubernetes
 * expands $(DB_USER) from the variables before it. Session pooling: the relay LISTENs for new outbox rows and
 * migrations hold session locks, which transaction pooling would break; the pooler still caps server connections.
 */
const databaseEnv: IEnvVar[] = [
  fromSecret('DB_USER', `${DB}-app`, 'username'),
  fromSecret('DB_PASSWORD', `${DB}-app`, 'password'),
  { name: 'DATABASE_URL', value: `postgres://$(DB_USER):$(DB_PASSWORD)@${DB}-pooler-rw:5432/app` },
];

/** Liveness: the process answers (/health); readiness: it can serve now (/ready, 503 while its database is not). */
function probes(port: number): { livenessProbe: IProbe; readinessProbe: IProbe; startupProbe: IProbe } {
  return {
    // Migrations and the relay's catch-up run before /ready answers: up to 5 minutes on a large database.
    startupProbe: { httpGet: { path: '/health', port }, periodSeconds: 5, failureThreshold: 60 },
    livenessProbe: { httpGet: { path: '/health', port }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
    readinessProbe: { httpGet: { path: '/ready', port }, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 2 },
  };
}

/** Sizes measured on the 2-core machine: a subgraph idles at ~120 MiB and serves a core at full load. */
const resources = (cpu: string, memory: string) => ({
  requests: { cpu, memory },
  limits: { memory: `${Number.parseInt(memory, 10) * 2}Mi` },
});

function workload(name: string, container: IContainer, port: number, scale: { min: number; max: number }): Manifest[] {
  const selector = { matchLabels: labels(name) };
  return [
    object<IDeployment>({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: NAMESPACE, labels: labels(name) },
      spec: {
        // The autoscaler owns the count from here; this is the first rollout's.
        replicas: scale.min,
        selector,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: { labels: labels(name) },
          spec: {
            // The kit stops gracefully on SIGTERM: it finishes requests in flight and closes kept-alive sockets.
            terminationGracePeriodSeconds: 30,
            securityContext: { runAsNonRoot: true, runAsUser: 1000 },
            containers: [container],
          },
        },
      },
    }),
    object<IService>({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: NAMESPACE, labels: labels(name) },
      spec: { selector: labels(name), ports: [{ name: 'http', port, targetPort: port }] },
    }),
    object<IHorizontalPodAutoscaler>({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name, namespace: NAMESPACE, labels: labels(name) },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: scale.min,
        maxReplicas: scale.max,
        metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
        ],
      },
    }),
    object<IPodDisruptionBudget>({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name, namespace: NAMESPACE, labels: labels(name) },
      spec: { minAvailable: 1, selector },
    }),
  ];
}

function subgraphWorkload(e: SubgraphEntry) {
  const container: IContainer = {
    name: e.name,
    image: IMAGE,
    command: ['node', `dist/${e.folder}/index.js`],
    ports: [{ name: 'http', containerPort: e.port }],
    envFrom: [{ configMapRef: { name: 'qingju-subgraphs' } }],
    env: [
      { name: 'PORT', value: String(e.port) },
      ...databaseEnv,
      fromSecret('IDENTITY_PUBLIC_KEY', KEYS, 'IDENTITY_PUBLIC_KEY'),
      fromSecret('EVENTS_PUBLIC_KEYS', KEYS, 'EVENTS_PUBLIC_KEYS'),
      fromSecret('EVENTS_PRIVATE_KEY', KEYS, `EVENTS_PRIVATE_KEY_${e.name.toUpperCase()}`),
    ],
    resources: resources(e.kind === 'core' ? '500m' : '100m', e.kind === 'core' ? '256Mi' : '192Mi'),
    ...probes(e.port),
  };
  // Core subgraphs carry every page; a district's platform only its own district's pages.
  return workload(e.name, container, e.port, e.kind === 'core' ? { min: 2, max: 12 } : { min: 2, max: 4 });
}

function gatewayWorkload(entries: readonly SubgraphEntry[]) {
  const container: IContainer = {
    name: 'gateway',
    image: IMAGE,
    command: ['node', 'dist/gateway/index.js'],
    ports: [
      { name: 'http', containerPort: GATEWAY_PORT },
      { name: 'ops', containerPort: GATEWAY_OPS_PORT },
    ],
    envFrom: [{ configMapRef: { name: 'qingju-gateway' } }],
    env: [
      ...databaseEnv,
      fromSecret('AUTH_JWKS', KEYS, 'AUTH_JWKS'),
      fromSecret('IDENTITY_PRIVATE_KEY', KEYS, 'IDENTITY_PRIVATE_KEY'),
      // Partner apps' OAuth server runs only when both are in the secret.
      fromSecret('OAUTH_SIGNING_KEY', KEYS, 'OAUTH_SIGNING_KEY', true),
      fromSecret('OAUTH_COOKIE_KEYS', KEYS, 'OAUTH_COOKIE_KEYS', true),
      ...entries.map((e) => ({
        name: `SUBGRAPH_${e.name.toUpperCase()}_URL`,
        value: `http://${e.name}:${e.port}/graphql`,
      })),
    ],
    resources: resources('1', '384Mi'),
    // Probed on the operations port: its /ready names each subgraph and stays ready while one is down (degraded).
    ...probes(GATEWAY_OPS_PORT),
  };
  return workload('gateway', container, GATEWAY_PORT, { min: 2, max: 20 });
}

function configMaps() {
  const common = { NODE_ENV: 'production', HOST: '0.0.0.0', LOG_LEVEL: 'info' };
  return [
    object<IConfigMap>({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'qingju-subgraphs', namespace: NAMESPACE },
      // Peers answer on their Service: http://projects:4003.
      data: { ...common, PEER_URL_TEMPLATE: 'http://{name}:{port}', DB_POOL_MAX: '5' },
    }),
    object<IConfigMap>({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'qingju-gateway', namespace: NAMESPACE },
      data: {
        ...common,
        PORT: String(GATEWAY_PORT),
        OPS_PORT: String(GATEWAY_OPS_PORT),
        OPS_HOST: '0.0.0.0',
        TRUSTED_DOCUMENTS: 'true',
        // The Ingress controller in front: one proxy hop, so rate limits count the client's address.
        TRUST_PROXY: '1',
        REDIS_URL: 'redis://redis:6379',
        AUTH_ISSUER: 'https://id.qingju.example.cn',
        AUTH_AUDIENCE: 'qingju',
        PUBLIC_URL: 'https://qingju.example.cn',
      },
    }),
  ];
}

function database() {
  return [
    object<ICluster>({
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'Cluster',
      metadata: { name: DB, namespace: NAMESPACE },
      spec: {
        // One primary and two standbys: a failover keeps the city up; reads could go to `-ro` later.
        instances: 3,
        imageName: 'ghcr.io/cloudnative-pg/postgresql:16',
        primaryUpdateStrategy: 'unsupervised',
        postgresql: { parameters: { max_connections: '400', shared_buffers: '2GB' } },
        bootstrap: { initdb: { database: 'app', owner: 'app' } },
        storage: { size: '100Gi' },
        resources: { requests: { cpu: '2', memory: '8Gi' }, limits: { memory: '8Gi' } },
      },
    }),
    object<IPooler>({
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'Pooler',
      metadata: { name: `${DB}-pooler-rw`, namespace: NAMESPACE },
      spec: {
        cluster: { name: DB },
        instances: 2,
        type: 'rw',
        pgbouncer: {
          poolMode: 'session',
          parameters: { max_client_conn: '2000', default_pool_size: '300' },
        },
      },
    }),
  ];
}

function redis() {
  const name = 'redis';
  return [
    object<IDeployment>({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: NAMESPACE, labels: labels(name) },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels(name) },
        template: {
          metadata: { labels: labels(name) },
          spec: {
            containers: [
              {
                name,
                image: 'redis:7-alpine',
                // Counters and caches only: nothing here must survive a restart.
                args: ['--save', '', '--appendonly', 'no', '--maxmemory', '512mb', '--maxmemory-policy', 'allkeys-lru'],
                ports: [{ name: 'redis', containerPort: 6379 }],
                resources: resources('250m', '512Mi'),
                readinessProbe: { tcpSocket: { port: 6379 }, periodSeconds: 5 },
                livenessProbe: { tcpSocket: { port: 6379 }, periodSeconds: 10 },
              },
            ],
          },
        },
      },
    }),
    object<IService>({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: NAMESPACE, labels: labels(name) },
      spec: { selector: labels(name), ports: [{ name: 'redis', port: 6379, targetPort: 6379 }] },
    }),
  ];
}

function ingress() {
  return object<IIngress>({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'gateway', namespace: NAMESPACE },
    spec: {
      rules: [
        {
          host: 'qingju.example.cn',
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: 'gateway', port: { number: GATEWAY_PORT } } },
              },
            ],
          },
        },
      ],
    },
  });
}

/** One Kubernetes object, checked against its type where it is written. */
type Manifest = { apiVersion: string; kind: string };
const object = <T extends Manifest>(o: T): T => o;

/** File name → its objects, in the order kustomize applies them. */
export function renderKubernetes(entries: readonly SubgraphEntry[] = SUBGRAPHS): Record<string, Manifest[]> {
  const files: Record<string, Manifest[]> = {
    'namespace.yaml': [object<INamespace>({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } })],
    'config.yaml': configMaps(),
    'postgres.yaml': database(),
    'redis.yaml': redis(),
    'gateway.yaml': [...gatewayWorkload(entries), ingress()],
  };
  for (const e of entries) files[`${e.name}.yaml`] = subgraphWorkload(e);
  return files;
}

const HEADER =
  '# GENERATED from schema/registry.ts by `npm run compose` (schema/kubernetes.ts): do not edit by hand.\n';

/** The YAML text of every file, kustomization.yaml included. */
export function kubernetesFiles(entries: readonly SubgraphEntry[] = SUBGRAPHS): Record<string, string> {
  const rendered = renderKubernetes(entries);
  const out: Record<string, string> = {};
  for (const [file, objects] of Object.entries(rendered)) {
    out[file] = HEADER + objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
  }
  out['kustomization.yaml'] =
    HEADER +
    stringify({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: NAMESPACE,
      images: [{ name: 'qingju', newTag: 'latest' }],
      resources: Object.keys(rendered),
    });
  return out;
}

/** Writes deploy/kubernetes/base/ (of the repository, or of a copy of it), removing files no longer rendered. */
export function writeKubernetes(entries: readonly SubgraphEntry[] = SUBGRAPHS, root = repoPath()): string {
  const dir = path.join(root, KUBERNETES_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const files = kubernetesFiles(entries);
  for (const old of fs.readdirSync(dir)) if (!(old in files)) fs.rmSync(path.join(dir, old));
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}
