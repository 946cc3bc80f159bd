import type { OrganizationAdminResolvers } from './types.generated';

export const OrganizationAdmin: OrganizationAdminResolvers = {
  addedAt: (a) => a.addedAt.toISOString(),
};
