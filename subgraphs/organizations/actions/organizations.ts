import { accountOf } from '../../kit/runtime/caller';
import { conflict, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';
import type { OrganizationEntity, OrganizationStatus } from '../data/organization.entity';
import {
  addAdmin,
  adminAccounts,
  lockOrganization,
  logStanding,
  organizationByCreditCode,
  removeAdmin,
  insertOrganization,
  updateOrganizationRow,
} from '../data/organization.repository';
import { emitAdmins, emitStanding, notifyStanding } from '../events';
import { requireDistrictAdmin, requireOrganizationAdmin, requireVolunteerAccount } from '../rules/access';
import * as input from '../rules/input';
import { orConflict } from './unique';
import type { RegisterOrganizationInput, UpdateOrganizationInput } from '../resolvers/types.generated';

type Ctx = SubgraphContext<Loaders>;

const duplicateMessage = (code: string, name?: string) =>
  `An organization with credit code ${code} is already registered${name ? ` (${name})` : ''}; ask its admins to ` +
  `add you as an admin instead.`;

/** A signed-in volunteer registers an organization and becomes its first admin; it then waits for verification. */
export async function registerOrganization(ctx: Ctx, raw: RegisterOrganizationInput): Promise<OrganizationEntity> {
  const account = requireVolunteerAccount(ctx, 'register an organization');
  const values = {
    name: input.text(raw.name, 'name', 2, 120),
    creditCode: input.creditCode(raw.creditCode),
    type: raw.type,
    districtCode: input.districtCode(raw.district),
    address: input.text(raw.address, 'address', 4, 200),
    contactName: input.text(raw.contactName, 'contactName', 1, 40),
    contactPhone: input.contactPhone(raw.contactPhone),
    status: 'PENDING_VERIFICATION' as const,
    verifiedAt: null,
  };
  return ctx.db.transaction(async (m) => {
    const existing = await organizationByCreditCode(m, values.creditCode);
    if (existing) throw conflict(duplicateMessage(values.creditCode, existing.name));
    const org = await orConflict(insertOrganization(m, values), duplicateMessage(values.creditCode));
    await addAdmin(m, org.id, account);
    await emitStanding(m, org);
    await emitAdmins(m, org.id);
    return org;
  });
}

async function lockExisting(m: Parameters<typeof lockOrganization>[0], id: string): Promise<OrganizationEntity> {
  const org = await lockOrganization(m, requireUuid(id, 'id'));
  if (!org) throw notFound('There is no organization with this id.');
  return org;
}

async function loadExisting(ctx: Ctx, id: string, field = 'id'): Promise<OrganizationEntity> {
  const org = await ctx.loaders.organization.load(requireUuid(id, field));
  if (!org) throw notFound('There is no organization with this id.');
  return org;
}

/**
 * Its admins edit it; a change of name or district is news for the projects it publishes. The district verified
 * that name in that district, so such a change also withdraws the verification: the organization waits for the
 * (new) district to verify it again, and projects refuses its publishing meanwhile.
 */
export async function updateOrganization(
  ctx: Ctx,
  id: string,
  raw: UpdateOrganizationInput,
): Promise<OrganizationEntity> {
  await requireOrganizationAdmin(ctx, await loadExisting(ctx, id));
  const changes: Partial<OrganizationEntity> = {};
  if (raw.name != null) changes.name = input.text(raw.name, 'name', 2, 120);
  if (raw.type != null) changes.type = raw.type;
  if (raw.district != null) changes.districtCode = input.districtCode(raw.district);
  if (raw.address != null) changes.address = input.text(raw.address, 'address', 4, 200);
  if (raw.contactName != null) changes.contactName = input.text(raw.contactName, 'contactName', 1, 40);
  if (raw.contactPhone != null) changes.contactPhone = input.contactPhone(raw.contactPhone);
  return ctx.db.transaction(async (m) => {
    const org = await lockExisting(m, id);
    const newsworthy =
      (changes.name !== undefined && changes.name !== org.name) ||
      (changes.districtCode !== undefined && changes.districtCode !== org.districtCode);
    const reverify = newsworthy && org.verifiedAt !== null;
    if (reverify) {
      // A suspended organization stays suspended; reactivating it then leads back to verification, not past it.
      Object.assign(
        changes,
        { verifiedAt: null, statusChangedAt: new Date() },
        org.status === 'VERIFIED' ? { status: 'PENDING_VERIFICATION' } : {},
      );
    }
    const saved = await updateOrganizationRow(m, Object.assign(org, changes));
    if (reverify)
      await logStanding(
        m,
        saved.id,
        saved.status,
        'Name or district changed; verification needed again.',
        accountOf(ctx.caller) ?? '',
      );
    if (newsworthy) await emitStanding(m, saved);
    return saved;
  });
}

/** Verification, suspension and reactivation: by the admin of the organization's district or a city admin. */
async function changeStanding(
  ctx: Ctx,
  id: string,
  what: string,
  reason: string | null,
  next: (org: OrganizationEntity) => Partial<OrganizationEntity>,
): Promise<OrganizationEntity> {
  await requireStandingAuthority(ctx, await loadExisting(ctx, id), what);
  return ctx.db.transaction(async (m) => {
    const org = await lockExisting(m, id);
    const saved = await updateOrganizationRow(m, Object.assign(org, next(org), { statusChangedAt: new Date() }));
    await logStanding(m, saved.id, saved.status, reason, ctx.caller.kind === 'anonymous' ? '' : ctx.caller.accountId);
    await emitStanding(m, saved);
    await notifyStanding(m, saved, what, reason);
    return saved;
  });
}

function requireStandingAuthority(ctx: Ctx, org: OrganizationEntity, what: string): Promise<void> {
  return requireDistrictAdmin(ctx, org.districtCode, `${what} ${org.name}`);
}

const statusIs = (org: OrganizationEntity, allowed: OrganizationStatus[], message: string) => {
  if (!allowed.includes(org.status)) throw conflict(message.replace('{name}', org.name));
};

export const verifyOrganization = (ctx: Ctx, id: string) =>
  changeStanding(ctx, id, 'verify', null, (org) => {
    statusIs(
      org,
      ['PENDING_VERIFICATION'],
      org.status === 'VERIFIED' ? '{name} is already verified.' : '{name} is suspended; reactivate it instead.',
    );
    return { status: 'VERIFIED', verifiedAt: new Date() };
  });

export const suspendOrganization = (ctx: Ctx, id: string, rawReason: string) => {
  const reason = input.text(rawReason, 'reason', 2, 500);
  return changeStanding(ctx, id, 'suspend', reason, (org) => {
    statusIs(org, ['PENDING_VERIFICATION', 'VERIFIED'], '{name} is already suspended.');
    return { status: 'SUSPENDED', suspensionReason: reason };
  });
};

export const reactivateOrganization = (ctx: Ctx, id: string, rawReason: string) => {
  const reason = input.text(rawReason, 'reason', 2, 500);
  return changeStanding(ctx, id, 'reactivate', reason, (org) => {
    statusIs(org, ['SUSPENDED'], '{name} is not suspended.');
    // Back to where it stood before: verified if it ever was, else still waiting for verification.
    return { status: org.verifiedAt ? 'VERIFIED' : 'PENDING_VERIFICATION', suspensionReason: null };
  });
};

export async function addOrganizationAdmin(
  ctx: Ctx,
  organizationId: string,
  rawAccount: string,
): Promise<OrganizationEntity> {
  const org = await loadExisting(ctx, organizationId, 'organizationId');
  await requireOrganizationAdmin(ctx, org);
  const account = input.text(rawAccount, 'accountId', 1, 64);
  const saved = await ctx.db.transaction(async (m) => {
    const locked = await lockExisting(m, organizationId);
    const admins = await adminAccounts(m, locked.id);
    if (admins.some((a) => a.accountId === account))
      throw conflict(`${account} is already an admin of ${locked.name}.`);
    await addAdmin(m, locked.id, account);
    await emitAdmins(m, locked.id);
    return locked;
  });
  ctx.loaders.adminsByOrganization.clear(organizationId);
  return saved;
}

/** Removes an admin; the organization row is held meanwhile, so two removals cannot leave it without any. */
export async function removeOrganizationAdmin(
  ctx: Ctx,
  organizationId: string,
  account: string,
): Promise<OrganizationEntity> {
  const org = await loadExisting(ctx, organizationId, 'organizationId');
  await requireOrganizationAdmin(ctx, org);
  const saved = await ctx.db.transaction(async (m) => {
    const locked = await lockExisting(m, organizationId);
    const admins = await adminAccounts(m, locked.id);
    if (!admins.some((a) => a.accountId === account)) throw notFound(`${account} is not an admin of ${locked.name}.`);
    if (admins.length === 1)
      throw conflict(`${account} is the last admin of ${locked.name}; add another admin before removing this one.`);
    await removeAdmin(m, locked.id, account);
    // Other subgraphs stop trusting the account's token as soon as this arrives.
    await emitAdmins(m, locked.id);
    return locked;
  });
  ctx.loaders.adminsByOrganization.clear(organizationId);
  return saved;
}
