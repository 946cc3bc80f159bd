import type { OrganizationAdminEntity } from '../data/organization-admin.entity';
import { iso } from '../rules/input';

export const OrganizationAdmin = {
  addedAt: (a: OrganizationAdminEntity) => iso(a.addedAt),
};
