import { parse, print } from 'graphql';
import { loadManifest, operationNamed } from './trusted-documents';
import { demoDistrictAdmin } from '../subgraphs/kit/runtime/district-admins';
import type { TokenRequest } from './tokens';

/** One saved tab of the development IDE: an operation as one kind of caller sends it. */
export interface IdeExample {
  /** Who calls, as the tab's first comment line says. */
  caller: string;
  /** The caller's token (minted with `npm run token`); none for anonymous browsing. */
  token?: TokenRequest;
  /** A registered operation (gateway/operations/<client>/<name>.graphql) or, where none fits, the text of one. */
  operation: { registered: string } | { text: string };
  variables?: Record<string, unknown>;
}

const ORG_01 = '10000000-0000-4000-8000-000000000001';

/** Read-only on purpose: running every tab in any order changes nothing (a test runs them all). */
export const IDE_EXAMPLES: readonly IdeExample[] = [
  {
    caller: 'Anyone browsing (no token)',
    operation: { registered: 'FindProjects' },
    variables: { filter: { keyword: '讲解' }, first: 5 },
  },
  { caller: 'Anyone browsing (no token)', operation: { registered: 'OrganizationPage' }, variables: { id: ORG_01 } },
  {
    caller: 'A volunteer',
    token: { role: 'volunteer', sub: 'demo-volunteer-01' },
    operation: { registered: 'MyVolunteerProfile' },
  },
  {
    caller: 'A volunteer',
    token: { role: 'volunteer', sub: 'demo-volunteer-01' },
    operation: { registered: 'MyServiceProof' },
  },
  {
    caller: 'An organization admin (demo-org-admin-01 runs organization …01)',
    token: { role: 'org_admin', sub: 'demo-org-admin-01', org: ORG_01 },
    operation: {
      text: `query OrganizationAdminDesk {
  myOrganizations { id name status canPublish projectCount }
  serviceRecordsToConfirm(first: 10) {
    edges { node { id servedOn hours status overdue confirmBy project { title } volunteer { displayName } } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    },
  },
  {
    caller: "A district admin (Pidu's)",
    token: { role: 'district_admin', sub: demoDistrictAdmin('pidu'), district: 'pidu' },
    operation: {
      text: `query DistrictAdminDesk($district: String!, $districtId: ID!) {
  volunteers(filter: { district: $district }, first: 10) {
    totalCount
    edges { node { displayName starLevel confirmedHours memberSince } }
  }
  needs(district: $districtId, status: SUBMITTED, first: 10) {
    edges { node { id title status filedAt filedBy { name } } }
  }
}
`,
    },
    variables: { district: 'pidu', districtId: 'pidu' },
  },
  {
    caller: 'A city admin (the city dashboard)',
    token: { role: 'city_admin', sub: 'demo-city-admin' },
    operation: { registered: 'CityDashboard' },
  },
  {
    caller: 'A statistics viewer (the city dashboard: figures only, nothing personal)',
    token: { role: 'statistics_viewer', sub: 'demo-statistics-viewer' },
    operation: { registered: 'CityStatistics' },
  },
  {
    caller: 'A district admin (the figures of their own district)',
    token: { role: 'district_admin', sub: demoDistrictAdmin('pidu'), district: 'pidu' },
    operation: { registered: 'DistrictStatistics' },
    variables: { district: 'pidu' },
  },
  {
    caller: 'A partner app (天府市民云) for a linked citizen who consented',
    token: { role: 'partner', sub: 'demo-volunteer-02', azp: 'tianfu-citizen-cloud', scope: 'volunteer:read' },
    operation: { registered: 'MyVolunteerProfile' },
  },
];

/** The `npm run token` command line that mints `token` on a development machine. */
export function tokenCommand(token: TokenRequest): string {
  const flags: [string, string | undefined][] = [
    ['role', token.role],
    ['sub', token.sub],
    ['org', token.org],
    ['district', token.district],
    ['app', token.azp],
    ['scope', token.scope],
  ];
  const quote = (v: string) => (/^[\w:.-]+$/.test(v) ? v : `"${v}"`);
  return `npm run -s token -- ${flags
    .filter(([, v]) => v)
    .map(([k, v]) => `--${k} ${quote(v!)}`)
    .join(' ')}`;
}

export function exampleDocument(example: IdeExample, manifest = loadManifest()): string {
  // The manifest keeps each document normalized on one line; a person reads it laid out.
  return 'registered' in example.operation
    ? print(parse(operationNamed(manifest, example.operation.registered)))
    : example.operation.text;
}

/** GraphiQL's default tabs: query (with who calls and how to get their token), variables and headers. */
export function ideTabs(examples: readonly IdeExample[] = IDE_EXAMPLES) {
  const manifest = loadManifest();
  return examples.map((ex) => {
    const command = ex.token && tokenCommand(ex.token);
    const intro = command
      ? `# ${ex.caller}.\n# Token: run \`${command}\` and put it in the authorization header below.\n`
      : `# ${ex.caller}: what anyone sees.\n`;
    return {
      query: intro + exampleDocument(ex, manifest),
      variables: ex.variables ? JSON.stringify(ex.variables, null, 2) : undefined,
      headers: command ? JSON.stringify({ authorization: `Bearer <token from: ${command}>` }, null, 2) : undefined,
    };
  });
}
