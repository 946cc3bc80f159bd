import { iso, volunteerRef } from './context';
import type { PiduFamilyLinkResolvers } from './types.generated';

export const PiduFamilyLink: PiduFamilyLinkResolvers = {
  declaredBy: (l) => volunteerRef(l.volunteerId),
  relative: (l) => volunteerRef(l.relativeId),
  createdAt: (l) => iso(l.createdAt),
  acceptedAt: (l) => iso(l.acceptedAt),
};
