import { appError } from '../../kit/runtime/errors';
import type { OrganizationEntity } from '../data/organization.entity';

/** Organizations of these types receive volunteers' service and so file needs (需求征集). */
export const NEED_FILING_TYPES: readonly string[] = [
  'COMMUNITY',
  'CULTURAL_VENUE',
  'GOVERNMENT_SERVICE_HALL',
  'TRANSPORT_HUB',
  'PARK',
  'PUBLIC_INSTITUTION',
];

/** Refuses an act that needs an organization in good standing, with a code a frontend can explain. */
export function requireGoodStanding(org: OrganizationEntity, doing: string): void {
  if (org.status === 'SUSPENDED') {
    throw appError(
      'ORGANIZATION_SUSPENDED',
      `${org.name} is suspended and cannot ${doing} until its district reactivates it.`,
    );
  }
  if (org.status !== 'VERIFIED') {
    throw appError(
      'ORGANIZATION_NOT_VERIFIED',
      `${org.name} is not verified yet and cannot ${doing}; its district admin verifies registrations.`,
    );
  }
}
