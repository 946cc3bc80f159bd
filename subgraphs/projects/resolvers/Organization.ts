import { pageSize } from '../../kit/runtime/connection';
import type { OrganizationResolvers } from './types.generated';

export const Organization: OrganizationResolvers = {
  projects: (o, args, ctx) => ctx.loaders.organizationProjects(pageSize(args.first, 10)).load(o.id),
  projectCount: (o, _, ctx) => ctx.loaders.organizationProjectCount.load(o.id),
};
