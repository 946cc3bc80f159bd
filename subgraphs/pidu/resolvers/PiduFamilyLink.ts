import type { FamilyLinkRow } from '../data/family.repository';
import { iso, volunteerRef } from './context';

export const PiduFamilyLink = {
  declaredBy: (l: FamilyLinkRow) => volunteerRef(l.volunteerId),
  relative: (l: FamilyLinkRow) => volunteerRef(l.relativeId),
  createdAt: (l: FamilyLinkRow) => iso(l.createdAt),
  acceptedAt: (l: FamilyLinkRow) => iso(l.acceptedAt),
};
