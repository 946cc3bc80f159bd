import fs from 'node:fs';
import path from 'node:path';
import { districtByCode } from '../city/districts';

/** `pidu` → `Pidu`: the prefix of every type a district adds, so two districts never collide. */
export function namespaceOf(code: string): string {
  return code.charAt(0).toUpperCase() + code.slice(1);
}

/**
 * The part of every district's schema that the shared base defines: its platform record and the `District.<code>`
 * field. Written once here and added to the district's own schema.graphql (which holds only what the district
 * adds), both when composing and when the subgraph builds its schema.
 */
export function platformSdl(code: string): string {
  const ns = namespaceOf(code);
  const name = districtByCode(code)?.name ?? code;
  return `
"${name} (${code}): the district's customized volunteer platform on the shared base."
type ${ns}Platform @key(fields: "code") {
  code: ID!
  "Platform name as residents see it."
  title: String!
  slogan: String!
  "Date the customized platform went live (YYYY-MM-DD)."
  launchedOn: String!
  "What this district runs on top of the shared platform."
  features: [String!]!
}

type District @key(fields: "code") {
  code: ID!
  "${name}'s customized platform; null for every other district."
  ${code}: ${ns}Platform
}
`;
}

/** A subgraph's full SDL text: its schema.graphql, plus the shared platform part for a district. */
export function subgraphSdlText(entry: { name: string; folder: string; kind: string }, root: string): string {
  const own = fs.readFileSync(path.join(root, entry.folder, 'schema.graphql'), 'utf8');
  return entry.kind === 'district' ? own + platformSdl(entry.name) : own;
}
