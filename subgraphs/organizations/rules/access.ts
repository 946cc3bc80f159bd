import { forbidden, unauthenticated } from '../../kit/runtime/errors';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';
import type { OrganizationEntity } from '../data/organization.entity';

type Ctx = SubgraphContext<Loaders>;

/**
 * The account of a citizen acting for themselves (a volunteer token). Registering an organization, joining a team
 * and deciding on a join request are personal acts: not done as an admin role, nor by a partner app.
 */
export function requireVolunteerAccount(ctx: Ctx, doing: string): string {
  const { caller } = ctx;
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in to ${doing}.`);
  if (caller.kind !== 'volunteer') throw forbidden(`Sign in with your own volunteer account to ${doing}.`);
  return caller.accountId;
}

/**
 * True when the caller acts as an admin of the organization: the token names it (`org`) AND the token's account is
 * on its admin list, so a token outlives neither the account's removal nor a mismatch between the two.
 */
export function actsForOrganization(ctx: Ctx, organizationId: string): Promise<boolean> {
  return ctx.loaders.actsFor(organizationId);
}

export async function requireOrganizationAdmin(ctx: Ctx, org: OrganizationEntity): Promise<void> {
  if (ctx.caller.kind === 'anonymous') throw unauthenticated(`Sign in as an admin of ${org.name} first.`);
  if (!(await actsForOrganization(ctx, org.id))) {
    throw forbidden(`Only admins of ${org.name} may do this; sign in as one of its admins for this organization.`);
  }
}

/**
 * True when the caller administers the district: a city admin (trusted by token), or a district-admin token for it
 * whose account is on the district's admin list.
 */
export function administersDistrict(ctx: Ctx, districtCode: string): Promise<boolean> {
  return ctx.loaders.administersDistrict(districtCode);
}

/** A listed admin of the district, or a city admin. */
export async function requireDistrictAdmin(ctx: Ctx, districtCode: string, what: string): Promise<void> {
  if (ctx.caller.kind === 'anonymous') throw unauthenticated(`Sign in as a district admin to ${what}.`);
  if (await administersDistrict(ctx, districtCode)) return;
  if (ctx.caller.kind === 'districtAdmin' && ctx.caller.district === districtCode) {
    throw forbidden(
      `Your account is not (or no longer) an admin of district ${districtCode}; ask a city admin to add you.`,
    );
  }
  throw forbidden(`Only the admins of district ${districtCode} (or a city admin) may ${what}.`);
}

/** City admins manage who administers each district; they are trusted by token (see kit/runtime/district-admins.ts). */
export function requireCityAdmin(ctx: Ctx, what: string): void {
  if (ctx.caller.kind === 'anonymous') throw unauthenticated(`Sign in as a city admin to ${what}.`);
  if (ctx.caller.kind !== 'cityAdmin') throw forbidden(`Only city admins may ${what}.`);
}

/** Its own admins and the admins above it see what the public does not (admin list, reasons). */
export async function overseesOrganization(ctx: Ctx, org: OrganizationEntity): Promise<boolean> {
  return (await administersDistrict(ctx, org.districtCode)) || actsForOrganization(ctx, org.id);
}
