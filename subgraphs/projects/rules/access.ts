import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { callerRole, visibilityOf, type CallerRole } from '../../kit/city/visibility';
import { forbidden, unauthenticated } from '../../kit/runtime/errors';

/**
 * What the admin checks need of a request: who is asking, and whether the admin list (the replica of the
 * organizations subgraph's) has the caller's account for an organization, read at most once per request.
 */
export interface Acting {
  caller: Caller;
  db: DataSource;
  loaders: { actsFor(organizationId: string): Promise<boolean> };
}

/** What the contact-phone rule needs besides `Acting`: district admin lists and the caller's own sign-ups. */
export interface ContactCheck extends Acting {
  loaders: Acting['loaders'] & {
    administersDistrict(district: string): Promise<boolean>;
    signedUpFor: { load(projectId: string): Promise<unknown> };
  };
}

const NOT_LISTED =
  'Your account is not (or no longer) an admin of this organization; ask one of its admins to add you.';

/**
 * The organization the caller verifiably administers, or a refusal: the token must name an organization and its
 * account must be on that organization's admin list. Checked before a transaction opens, so no connection is held
 * while the list is read.
 */
export async function organizationOf(ctx: Acting, action: string): Promise<string> {
  const { caller } = ctx;
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in as an organization admin to ${action}.`);
  if (caller.kind !== 'orgAdmin') throw forbidden(`Only organization admins can ${action}.`);
  if (!(await ctx.loaders.actsFor(caller.organizationId))) throw forbidden(NOT_LISTED);
  return caller.organizationId;
}

/** Refuses anyone but the admins of `organizationId`, once `organizationOf` has vouched for `verified`. */
export function requireSameOrganization(verified: string, organizationId: string, action: string): void {
  if (verified !== organizationId) throw forbidden(`Only admins of the project's organization can ${action}.`);
}

/** True when the caller is a listed admin of `organizationId` (what they may see that others may not). */
export const isOrganizationAdmin = (ctx: Acting, organizationId: string): Promise<boolean> =>
  ctx.loaders.actsFor(organizationId);

/**
 * A project is public once it has been published, and stays so when closed or cancelled afterwards. Before that
 * (a draft, or a draft cancelled without ever being published) only its organization's admins see it.
 */
export function wasPublished(p: { status: string; publishedAt?: Date | null }): boolean {
  return p.publishedAt != null || p.status === 'PUBLISHED' || p.status === 'CLOSED';
}

/** The same rule in SQL, for lists and look-ups that never load a private project at all. */
export const WAS_PUBLISHED_SQL = (alias: string) =>
  `(${alias}.published_at IS NOT NULL OR ${alias}.status IN ('PUBLISHED', 'CLOSED'))`;

/** What the draft rule needs besides `Acting`: the district admin lists. */
export interface DistrictCheck extends Acting {
  loaders: Acting['loaders'] & { administersDistrict(district: string): Promise<boolean> };
}

/**
 * Published projects are public. A draft is seen by its organization's admins, and, when it was made from a need,
 * by the admins of the need's district who converted it (and city admins), so they can follow what became of it.
 */
export async function canSeeProject(
  ctx: DistrictCheck,
  p: {
    status: string;
    publishedAt?: Date | null;
    organizationId: string;
    needId?: string | null;
    districtCode: string;
  },
): Promise<boolean> {
  if (wasPublished(p) || (await isOrganizationAdmin(ctx, p.organizationId))) return true;
  const { kind } = ctx.caller;
  return p.needId != null && (kind === 'districtAdmin' || kind === 'cityAdmin')
    ? ctx.loaders.administersDistrict(p.districtCode)
    : false;
}

/**
 * Whose projects the caller's organizer console lists: an organization admin's (by token or X-Acting-Organization,
 * checked against the admin list) or, for a district's listed admins, those made from needs converted in it.
 */
export async function consoleScopeOf(
  ctx: DistrictCheck,
): Promise<{ organizationId: string } | { convertedIn: string }> {
  const { caller } = ctx;
  if (caller.kind === 'districtAdmin') {
    if (!(await ctx.loaders.administersDistrict(caller.district)))
      throw forbidden('Your account is not (or no longer) an admin of this district; ask a city admin to add you.');
    return { convertedIn: caller.district };
  }
  if (caller.kind === 'anonymous' || caller.kind === 'orgAdmin')
    return { organizationId: await organizationOf(ctx, 'open the organizer console') };
  throw forbidden(
    'The organizer console is for organization admins: send X-Acting-Organization with the id of an organization ' +
      'you administer (see myOrganizations), or sign in as a district admin for drafts made from converted needs.',
  );
}

/**
 * Who gets a project contact person's number in full: the visibility table's `projectContactPhone` row, whose
 * `self` is a volunteer signed up on the project (a place or the waitlist) and whose home district is the
 * project's. Today: those who may need to call them — that volunteer, the organization's listed admins, admins of
 * the project's district, city admins. Everyone else (anonymous visitors, other volunteers, partner apps whatever
 * their scope, other organizations and districts) sees it masked: a page of 100 projects must not be a list of
 * mobile numbers.
 */
export async function seesContactPhone(
  ctx: ContactCheck,
  p: { id: string; organizationId: string; districtCode: string },
): Promise<boolean> {
  const { caller } = ctx;
  let role: CallerRole;
  if (caller.kind === 'volunteer')
    role = (await ctx.loaders.signedUpFor.load(p.id)) != null ? 'self' : 'otherVolunteer';
  else
    role = callerRole(
      caller,
      {
        subjectAccountId: null,
        organizesSubject: caller.kind === 'orgAdmin' && (await isOrganizationAdmin(ctx, p.organizationId)),
        administersHome:
          (caller.kind === 'districtAdmin' || caller.kind === 'cityAdmin') &&
          (await ctx.loaders.administersDistrict(p.districtCode)),
      },
      'projectContactPhone',
    );
  return visibilityOf('projectContactPhone', role) === 'full';
}

/** 13812345678 → 138****5678; landlines keep their area code and last four digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
