import type { Caller } from '../subgraphs/kit/runtime/caller';
import { appError } from '../subgraphs/kit/runtime/errors';
import { isUuid } from '../subgraphs/kit/runtime/ids';

/** The request header naming the organization a signed-in person acts for in this request. */
export const ACTING_ORGANIZATION_HEADER = 'x-acting-organization';

const refused = (code: string, status: number, message: string) => appError(code, message, { http: { status } });

/**
 * The caller a request acts as once its `X-Acting-Organization` header is read. A person who administers several
 * organizations (or registered one with their volunteer sign-in) names the one they act for, and the gateway signs
 * them as its admin for this request; every subgraph then checks the account against that organization's admin
 * list, as it does an org-admin token's `org` claim, and refuses with FORBIDDEN when it is not on it. The header is
 * a claim like the token's, never a grant: no specially minted token is needed, and none is trusted more.
 *
 * Only a person in person may act for an organization: a partner app (its own token, or a citizen's token issued
 * to it) and district, city or dashboard sign-ins are refused, so a header cannot turn them into something else.
 */
export function actingFor(caller: Caller, header: string | undefined, viaApp: boolean): Caller {
  if (header === undefined || header === '') return caller;
  const organizationId = header.trim().toLowerCase();
  if (!isUuid(organizationId))
    throw refused(
      'BAD_USER_INPUT',
      400,
      'X-Acting-Organization must be the id (a UUID) of an organization you administer; see myOrganizations.',
    );
  if (caller.kind === 'anonymous')
    throw refused('UNAUTHENTICATED', 401, 'Sign in to act for an organization (X-Acting-Organization).');
  if (viaApp || (caller.kind !== 'volunteer' && caller.kind !== 'orgAdmin'))
    throw refused(
      'FORBIDDEN',
      403,
      'Only a person signed in as themselves can act for an organization (X-Acting-Organization); partner apps and ' +
        'district, city or dashboard sign-ins cannot.',
    );
  return { kind: 'orgAdmin', accountId: caller.accountId, organizationId };
}
