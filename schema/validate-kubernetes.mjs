// Validates every object in deploy/kubernetes/base/ against the Kubernetes API's OpenAPI schemas (kubernetes-models)
// and CloudNativePG's CRDs (@kubernetes-models/cloudnative-pg), offline: the schema check CI runs where neither
// kubectl nor kubeconform is installed. ESM, because the model packages are. Prints one line per file; exits 1 with
// every problem listed. Usage: node schema/validate-kubernetes.mjs [folder]
/* global process, console, URL */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import * as cnpg from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as core from 'kubernetes-models/v1';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as policy from 'kubernetes-models/policy/v1';

const MODELS = {
  v1: core,
  'apps/v1': apps,
  'autoscaling/v2': autoscaling,
  'networking.k8s.io/v1': networking,
  'policy/v1': policy,
  'postgresql.cnpg.io/v1': cnpg,
};

const dir =
  process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'deploy', 'kubernetes', 'base');
const problems = [];
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')
  .sort();
for (const file of files) {
  const docs = parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'));
  const kinds = [];
  for (const doc of docs) {
    if (doc.errors.length) {
      problems.push(`${file}: not YAML: ${doc.errors[0].message}`);
      continue;
    }
    const object = doc.toJS();
    const Model = MODELS[object?.apiVersion]?.[object?.kind];
    if (!Model) {
      problems.push(`${file}: no schema for ${object?.apiVersion} ${object?.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
      kinds.push(`${object.kind}/${object.metadata?.name}`);
    } catch (err) {
      problems.push(`${file}: ${object.kind}/${object.metadata?.name}: ${err.message}`);
    }
  }
  console.log(`${file}: ${kinds.join(', ')}`);
}
const kustomization = parseAllDocuments(fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8'))[0].toJS();
const listed = new Set(kustomization.resources ?? []);
for (const file of files) if (!listed.has(file)) problems.push(`kustomization.yaml does not list ${file}`);
for (const file of listed)
  if (!files.includes(file)) problems.push(`kustomization.yaml lists ${file}, which is not there`);
if (problems.length) {
  console.error(`${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`valid: ${files.length} files against the Kubernetes and CloudNativePG schemas`);
