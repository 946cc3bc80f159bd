import type { Caller } from '../../kit/caller';
import { forbidden, unauthenticated } from '../../kit/errors';

/** Refuses anyone but an admin of `organizationId` (sign in first when anonymous). */
export function requireOrganizationAdmin(caller: Caller, organizationId: string, action: string): void {
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in as an admin of the organization to ${action}.`);
  if (caller.kind !== 'orgAdmin' || caller.organizationId !== organizationId) {
    throw forbidden(`Only admins of the project's organization can ${action}.`);
  }
}

/** The organization the caller administers, or a refusal. */
export function organizationOf(caller: Caller, action: string): string {
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in as an organization admin to ${action}.`);
  if (caller.kind !== 'orgAdmin') throw forbidden(`Only organization admins can ${action}.`);
  return caller.organizationId;
}

export const isOrganizationAdmin = (caller: Caller, organizationId: string) =>
  caller.kind === 'orgAdmin' && caller.organizationId === organizationId;

/** Drafts are the organization's own business; everything else is public. */
export function canSeeProject(caller: Caller, p: { status: string; organizationId: string }): boolean {
  return p.status !== 'DRAFT' || isOrganizationAdmin(caller, p.organizationId);
}

/** 13812345678 → 138****5678; landlines keep their area code and last four digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
