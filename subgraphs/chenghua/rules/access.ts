import { appError } from '../../kit/runtime/errors';
import type { MemberRow } from '../data/family.repository';

/** Only the family's guardian adds or invites members (for children, adding them is the guardian's consent). */
export function requireGuardian(membership: MemberRow | null): MemberRow {
  if (!membership || membership.role !== 'GUARDIAN')
    throw appError('NOT_GUARDIAN', "Only a family's guardian adds members; create your family first.");
  return membership;
}
