import fs from 'node:fs';
import path from 'node:path';
import { districtByCode } from '../city/districts';
import { withCacheControl } from '../runtime/cache-control';

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
type ${ns}Platform @key(fields: "code") @cacheControl(maxAge: 5) {
  code: ID!
  "Platform name as residents see it."
  title: String!
  slogan: String!
  "Date the customized platform went live (YYYY-MM-DD)."
  launchedOn: String!
  "What this district runs on top of the shared platform."
  features: [String!]!
}

type District @key(fields: "code") @cacheControl(maxAge: 5) {
  code: ID!
  "${name}'s customized platform; null for every other district."
  ${code}: ${ns}Platform
}
${rightsSdl(code, name)}`;
}

/**
 * Every district's part of a volunteer's rights (issue 11.3): its section of the data export and of the access log,
 * answered by `defineDistrict` from the district's `personalData` hook (null, or an empty page, where the district
 * holds nothing about people). `@federation__shareable` because a district's own schema imports only `@key`.
 */
function rightsSdl(code: string, name: string): string {
  return `
"A JSON document (output only)."
scalar JSON

type PersonalDataExport @key(fields: "volunteerId") {
  volunteerId: ID!
  "What ${name}'s platform holds about the volunteer; null when it holds nothing."
  ${code}: JSON
}

type AccessLog @key(fields: "volunteerId") {
  volunteerId: ID!
  "Reads of the volunteer's personal data on ${name}'s platform by admins and partner apps, newest first."
  ${code}(first: Int = 20, after: String): AccessLogConnection!
}

"A page of an access log, newest first; the same type in every subgraph that keeps one."
type AccessLogConnection @federation__shareable {
  entries: [AccessLogEntry!]!
  hasNextPage: Boolean!
  endCursor: String
}

"One read of a volunteer's personal data: who, which fields (never their values), in which operation, when."
type AccessLogEntry @federation__shareable {
  at: String!
  "ORG_ADMIN, DISTRICT_ADMIN, CITY_ADMIN or PARTNER (the caller's kind)."
  callerKind: String!
  "The admin's account, or the partner app's id."
  callerId: String!
  "The visibility table's keys of the fields served (subgraphs/kit/city/visibility.ts)."
  fields: [String!]!
  operation: String
}
`;
}

/**
 * A subgraph's full SDL text: its schema.graphql, plus the shared platform part for a district (and the statistics
 * entity's part for a district that declares its own figures).
 */
export function subgraphSdlText(entry: { name: string; folder: string; kind: string }, root: string): string {
  const own = fs.readFileSync(path.join(root, entry.folder, 'schema.graphql'), 'utf8');
  if (entry.kind !== 'district') return withCacheControl(own);
  const figures = declaresOwnFigures(entry.name, own)
    ? ownFiguresSdl(entry.name, districtByCode(entry.name)?.name ?? entry.name)
    : '';
  return withCacheControl(own + platformSdl(entry.name) + figures);
}

/** Whether a district's own SDL declares its figures type (`<Ns>Statistics`), the sign that it gives figures. */
export const declaresOwnFigures = (code: string, ownSdl: string): boolean =>
  new RegExp(`^type ${namespaceOf(code)}Statistics\\b`, 'm').test(ownSdl);

/**
 * The SDL a district giving figures adds to its own: the city's statistics entity with the `<code>` field, and the
 * shared value types. Written once here rather than in each district's schema.graphql. `@federation__shareable`
 * because a district's own schema imports only `@key`.
 */
export function ownFiguresSdl(code: string, name: string): string {
  const ns = namespaceOf(code);
  return `
"The city's statistics (issue 13), keyed as the projects subgraph keys them; ${name} adds its platform's figures."
type Statistics @key(fields: "scope from to") @cacheControl(maxAge: 5) {
  scope: ID!
  from: String!
  to: String!
  """
  The figures of ${name} (${code})'s own platform over the range, for the city's scope and ${code}'s (only ${name}
  runs it); null for any other district. Each is withheld when fewer than five people stand behind it.
  """
  ${code}: ${ns}Statistics
}

"A count, or null with the reason it is withheld."
type StatisticsCount @federation__shareable @cacheControl(maxAge: 5) {
  value: Int
  suppressed: String
}

"An amount (hours, CNY), or null with the reason it is withheld."
type StatisticsAmount @federation__shareable @cacheControl(maxAge: 5) {
  value: Float
  suppressed: String
}
`;
}
