import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { readGatewayConfig } from '../../gateway/config';
import { kubernetesFiles, KUBERNETES_DIR } from '../../schema/kubernetes';
import { GATEWAY_PORT, SUBGRAPHS } from '../../schema/registry';
import { readSubgraphConfig } from '../../subgraphs/kit/runtime/config';
import { repoPath } from '../../subgraphs/kit/runtime/paths';

/**
 * The Kubernetes manifests (issue 14.4) are generated from the registry (`npm run compose`): this checks they are
 * fresh, valid against the Kubernetes API's and CloudNativePG's schemas (schema/validate-kubernetes.mjs, which must
 * also refuse a broken file), and that what they run agrees with the registry and with what the processes read.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, read by path in the assertions
type Json = any;
type Obj = { apiVersion: string; kind: string; metadata: { name: string }; spec?: Json; data?: Record<string, string> };

const dir = repoPath(KUBERNETES_DIR);
const objects: Obj[] = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map((d) => d.toJS() as Obj));
const find = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const validator = repoPath('schema', 'validate-kubernetes.mjs');

/** A container's environment as the process would see it: config map values, literals, secrets as stand-ins. */
function envOf(deployment: Obj): Record<string, string> {
  const container = deployment.spec.template.spec.containers[0];
  const env: Record<string, string> = {};
  for (const ref of container.envFrom ?? []) Object.assign(env, find('ConfigMap', ref.configMapRef.name)?.data);
  for (const e of container.env ?? []) {
    const key = e.valueFrom?.secretKeyRef?.key ?? '';
    env[e.name] = e.value ?? (/KEY|JWKS/.test(key) ? '{"kty":"stand-in"}' : 'stand-in');
  }
  env.DATABASE_URL = env.DATABASE_URL?.replace(/\$\((\w+)\)/g, 'x');
  return env;
}

describe('deploy/kubernetes/base', () => {
  it('is what `npm run compose` writes from the registry today (run it and commit the files if this fails)', () => {
    const files = kubernetesFiles(SUBGRAPHS);
    expect(fs.readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
    for (const [file, text] of Object.entries(files))
      expect({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }).toEqual({ file, text });
  });

  it('validates against the Kubernetes and CloudNativePG schemas', () => {
    const out = execFileSync(process.execPath, [validator, dir], { encoding: 'utf8' });
    expect(out).toContain(`valid: ${Object.keys(kubernetesFiles()).length - 1} files`);
  });

  it('refuses a manifest Kubernetes would refuse (the validator can fail)', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'qingju-k8s-'));
    try {
      for (const f of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, f), path.join(copy, f));
      const file = path.join(copy, 'projects.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('replicas: 2', 'replicas: two'));
      let failure = '';
      try {
        execFileSync(process.execPath, [validator, copy], { encoding: 'utf8', stdio: 'pipe' });
      } catch (err) {
        failure = String((err as { stderr?: string }).stderr);
      }
      expect(failure).toMatch(/projects\.yaml: Deployment\/projects/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  describe.each(SUBGRAPHS.map((s) => [s.name, s] as const))('subgraph %s', (name, entry) => {
    const deployment = find('Deployment', name)!;
    it('runs its entry point on its registry port, probed on /health and /ready, with resources', () => {
      const c = deployment.spec.template.spec.containers[0];
      expect(c.command).toEqual(['node', `dist/${entry.folder}/index.js`]);
      expect(c.ports.map((p: { containerPort: number }) => p.containerPort)).toEqual([entry.port]);
      expect(c.readinessProbe.httpGet).toEqual({ path: '/ready', port: entry.port });
      expect(c.livenessProbe.httpGet).toEqual({ path: '/health', port: entry.port });
      expect(c.resources.requests.cpu).toBeTruthy();
      expect(c.resources.limits.memory).toBeTruthy();
      expect(find('Service', name)?.spec.ports[0].port).toBe(entry.port);
    });
    it('reads a configuration the subgraph accepts, with its own events key', () => {
      const env = envOf(deployment);
      expect(readSubgraphConfig(env, -1).PORT).toBe(entry.port);
      const own = deployment.spec.template.spec.containers[0].env.find((e: Json) => e.name === 'EVENTS_PRIVATE_KEY');
      expect(own.valueFrom.secretKeyRef.key).toBe(`EVENTS_PRIVATE_KEY_${name.toUpperCase()}`);
    });
    it('scales between two replicas (never one: a rollout or a node loss keeps it up) and a ceiling', () => {
      const hpa = find('HorizontalPodAutoscaler', name)!;
      expect(hpa.spec.scaleTargetRef.name).toBe(name);
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      expect(find('PodDisruptionBudget', name)?.spec.minAvailable).toBe(1);
    });
  });

  it('gives the gateway every subgraph by Service name, a configuration it accepts, and probes on its ops port', () => {
    const gateway = find('Deployment', 'gateway')!;
    const env = envOf(gateway);
    const config = readGatewayConfig(env);
    expect(config.PORT).toBe(GATEWAY_PORT);
    expect(config.NODE_ENV).toBe('production');
    for (const s of SUBGRAPHS) expect(config.subgraphUrls[s.name]).toBe(`http://${s.name}:${s.port}/graphql`);
    const c = gateway.spec.template.spec.containers[0];
    expect(c.readinessProbe.httpGet.port).toBe(config.OPS_PORT);
    expect(find('Service', 'gateway')?.spec.ports[0].port).toBe(GATEWAY_PORT);
  });

  it('runs PostgreSQL through CloudNativePG behind PgBouncer, and every workload reaches it through the pooler', () => {
    const cluster = find('Cluster', 'qingju-db')!;
    expect(cluster.spec.instances).toBeGreaterThanOrEqual(3);
    const pooler = find('Pooler', 'qingju-db-pooler-rw')!;
    expect(pooler.spec.cluster.name).toBe('qingju-db');
    // The relay LISTENs for outbox rows: transaction pooling would lose its notifications.
    expect(pooler.spec.pgbouncer.poolMode).toBe('session');
    for (const d of objects.filter((o) => o.kind === 'Deployment' && o.metadata.name !== 'redis'))
      expect({ name: d.metadata.name, host: new URL(envOf(d).DATABASE_URL).hostname }).toEqual({
        name: d.metadata.name,
        host: 'qingju-db-pooler-rw',
      });
  });
});
