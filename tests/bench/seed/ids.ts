/**
 * Ids of the seeded city: UUID-shaped, derived from a kind and an index, so the same scale gives the same ids and a
 * person reading a row can tell it was generated (they all start 5eedc170). Never equal to the hand-written demo
 * ids (10000000-…, 20000000-…) or the demo crowd's UUID v5 ids.
 */
const KINDS = {
  volunteer: 1,
  organization: 2,
  project: 3,
  shift: 4,
  signup: 5,
  record: 6,
  need: 7,
  family: 8,
  post: 9,
  place: 10,
  offer: 11,
  reward: 12,
} as const;

export type IdKind = keyof typeof KINDS;

export function seedId(kind: IdKind, index: number): string {
  const k = KINDS[kind].toString(16).padStart(4, '0');
  return `5eedc170-${k}-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** The seeded city's account names: a token for `seed-volunteer-0000001` signs in as that volunteer. */
export const volunteerAccount = (index: number) => `seed-volunteer-${String(index + 1).padStart(7, '0')}`;
export const organizationAdminAccount = (index: number) => `seed-org-admin-${String(index + 1).padStart(4, '0')}`;
export const districtAdminAccount = (code: string) => `seed-district-admin-${code}`;
