import { parseArgs } from 'node:util';
import { ROLES } from '../auth';
import { DEV_AUDIENCE, DEV_ISSUER } from '../config';
import { demoDistrictAdmin } from '../../subgraphs/kit/runtime/district-admins';
import { isDistrictCode } from '../../subgraphs/kit/city/districts';
import { isUuid } from '../../subgraphs/kit/runtime/ids';
import { loadOrCreateDevKeys } from '../keys';
import { mintToken, type TokenRequest } from '../tokens';

const USAGE = `Mints a development token signed with the key in .qingju/keys.json (created on first use).

  npm run -s token -- --role volunteer [--sub demo-volunteer-01]
  npm run -s token -- --role org_admin --org <organization id>
  npm run -s token -- --role district_admin --district pidu
  npm run -s token -- --role city_admin
  npm run -s token -- --role statistics_viewer   (a city dashboard: aggregates only)
  npm run -s token -- --role partner --app tianfu-citizen-cloud --scope "volunteer:read project:signup" --sub <citizen>

Options: --expires 12h (any jose duration), --sub <account id> (default: the demo account of the role, for a
district admin demo-district-admin-<district>, the seeded admin of that district).`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      org: { type: 'string' },
      district: { type: 'string' },
      app: { type: 'string' },
      scope: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const role = values.role as TokenRequest['role'];
  if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}.`);
  if (role === 'org_admin' && !(values.org && isUuid(values.org))) fail('--org must be an organization id (UUID).');
  if (role === 'district_admin' && !(values.district && isDistrictCode(values.district)))
    fail('--district must be a district code such as pidu.');
  if (role === 'partner' && !(values.app && values.scope)) fail('--app and --scope are required for a partner app.');
  const keys = await loadOrCreateDevKeys();
  // A district-admin token acts only for an account on the district's list; the demo seed lists one per district.
  const sub =
    values.sub ?? (role === 'district_admin' ? demoDistrictAdmin(values.district!) : `demo-${role.replace('_', '-')}`);
  const token = await mintToken(
    keys.issuer.privateJwk,
    { role, sub, org: values.org, district: values.district, azp: values.app, scope: values.scope },
    { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, expiresIn: values.expires },
  );
  console.log(token);
}

main().catch((err: unknown) => fail((err as Error).message));
