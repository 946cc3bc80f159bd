/**
 * The demo data's ids and accounts, one place for every test (subgraphs/<name>/data/demo.json): demo row NN of a
 * kind is `<prefix>-0000-4000-8000-<NN padded to 12 digits>`.
 */
const demoId = (prefix: string) => (n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const two = (n: number) => String(n).padStart(2, '0');

/** Demo organizations: 01 is verified, 14 (天府新区华阳街道社区) is not. */
export const ORG = demoId('10000000');
export const VOLUNTEER = demoId('20000000');
export const DEMO_PROJECT = demoId('30000000');
export const TEAM = demoId('60000000');
export const MEMBER = demoId('61000000');
export const NEED = demoId('70000000');

/** Demo volunteer NN's account (the `sub` of their token). */
export const volunteerAccount = (n: number) => `demo-volunteer-${two(n)}`;
/** The seeded admin account of demo organization `org` (its last two digits). */
export const orgAdminAccount = (org: string) => `demo-org-admin-${org.slice(-2)}`;
