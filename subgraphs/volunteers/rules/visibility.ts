import { ageOn } from '../../kit/city/age';
import type { Caller } from '../../kit/runtime/caller';
import { maskName } from '../../kit/city/mask';
import type { ConsentInForce } from '../../kit/city/consent';
import { callerRole, sees, visibilityOf, type Relation } from '../../kit/city/visibility';

export { PARTNER_READ_SCOPE } from '../../kit/city/visibility';

/** How much of a volunteer's basic record a caller sees. */
export type PersonalDataAccess = 'FULL' | 'MASKED' | 'NONE';

/**
 * How much of a volunteer's basic record a caller sees, read from the city's visibility table
 * (subgraphs/kit/city/visibility.ts): the record at all as its `realName` row says, the ID number in full or masked
 * as its `idNumber` row says. Today that is: the volunteer everything; an admin of the volunteer's district or a
 * city admin the record masked; a partner app acting for this very volunteer with `volunteer:read` whose app holds
 * a consent in force covering PROFILE the same masked record; anyone else nothing. `administers` is whether the
 * caller verifiably administers the volunteer's district (a city admin, or a district admin on that district's
 * list), looked up by the caller of this pure rule; `consents` are the volunteer's consents in force. Organization
 * admins count as `otherOrgAdmin` here without looking up the volunteer's organizations: the table gives both columns
 * the same for these rows (what the volunteer's organizers may read is the `organizerContact` row).
 */
export function personalDataAccess(
  caller: Caller,
  v: { accountId: string },
  administers: boolean,
  consents: readonly ConsentInForce[] = [],
): PersonalDataAccess {
  const relation: Relation = { subjectAccountId: v.accountId, administersHome: administers, consents };
  const role = callerRole(caller, relation, 'realName');
  if (!sees('realName', role)) return 'NONE';
  return visibilityOf('idNumber', role) === 'full' ? 'FULL' : 'MASKED';
}

/**
 * The mobile numbers (the volunteer's and a guardian's) by their own row (kind CONTACT): a partner app reading the
 * record under a consent that does not cover contact details gets them hidden.
 */
export function contactAccess(
  caller: Caller,
  v: { accountId: string },
  administers: boolean,
  consents: readonly ConsentInForce[] = [],
): PersonalDataAccess {
  const relation: Relation = { subjectAccountId: v.accountId, administersHome: administers, consents };
  const seen = visibilityOf('phone', callerRole(caller, relation, 'phone'));
  return seen === 'full' ? 'FULL' : seen === 'none' ? 'NONE' : 'MASKED';
}

/**
 * Whether the caller reads the volunteer's real name and mobile as their organizer (`organizerContact` row): the
 * volunteer themself, or a listed admin of an organization the volunteer signed up with (`organizes`) while the
 * volunteer's consent to ORGANIZERS covers CONTACT.
 */
export function seesOrganizerContact(
  caller: Caller,
  v: { accountId: string },
  organizes: boolean,
  consents: readonly ConsentInForce[],
): boolean {
  const relation: Relation = {
    subjectAccountId: v.accountId,
    administersHome: false,
    organizesSubject: organizes,
    consents,
  };
  return sees('organizerContact', callerRole(caller, relation, 'organizerContact'));
}

/**
 * Whether the caller reads the volunteer's training records (`trainingRecords` row): as service records, the
 * volunteer, admins of their district, city admins, and a partner app whose consent covers SERVICE_RECORDS.
 */
export function seesTrainingRecords(
  caller: Caller,
  v: { accountId: string },
  administers: boolean,
  consents: readonly ConsentInForce[] = [],
): boolean {
  const relation: Relation = { subjectAccountId: v.accountId, administersHome: administers, consents };
  return sees('trainingRecords', callerRole(caller, relation, 'trainingRecords'));
}

/** True when the caller is the volunteer in person (not an app acting for them). */
export function isSelf(caller: Caller, v: { accountId: string }): boolean {
  return caller.kind === 'volunteer' && caller.accountId === v.accountId;
}

/** Under this age a volunteer is a minor: nothing about them is public (issue 11; PIPL is stricter still under 14). */
export const ADULT_AGE = 18;

/** The public name of a minor, whatever they chose: a name, even a nickname, can identify a child. */
export const MINOR_PUBLIC_NAME = '青聚志愿者';

/** What `publicIdentity` needs of a volunteer row. */
export interface IdentitySource {
  displayName: string;
  realName: string | null;
  birthDate: string | null;
  districtCode: string;
  createdAt: Date;
}

/** The identity a caller sees on the Volunteer entity and the card; null where the caller may see nothing. */
export interface PublicIdentity {
  name: string;
  districtCode: string | null;
  /** ISO 8601: the exact time for callers with personal-data access, the month (YYYY-MM) for everyone else. */
  memberSince: string | null;
}

/**
 * True for a volunteer under 18 on `today`. A row without a birth date (registered before the basic record
 * existed) counts as a minor: without knowing, nothing is published.
 */
export function isMinor(v: Pick<IdentitySource, 'birthDate'>, today: Date): boolean {
  return v.birthDate == null || ageOn(v.birthDate, today) < ADULT_AGE;
}

/**
 * The name anyone may read: a nickname the volunteer chose, else the masked real name (王*明); a minor's is the
 * placeholder. Registration used to store the real name as the display name when none was given, so a display
 * name equal to the real name is no choice and is masked too. The same for every caller: it is what the card shows;
 * the real name itself is `profile.realName`, under `personalDataAccess`.
 */
export function publicName(v: Pick<IdentitySource, 'displayName' | 'realName' | 'birthDate'>, today: Date): string {
  if (isMinor(v, today)) return MINOR_PUBLIC_NAME;
  if (v.realName == null || v.displayName !== v.realName) return v.displayName;
  return maskName(v.realName);
}

/**
 * Who sees what of a volunteer's identity, by the caller's personal-data access (one table, field × caller):
 *
 * | field       | FULL / MASKED (self, their admins, consented partner) | NONE, adult      | NONE, minor |
 * | ----------- | ----------------------------------------------------- | ---------------- | ----------- |
 * | name        | public name                                           | public name      | 青聚志愿者  |
 * | district    | district                                              | district         | null        |
 * | memberSince | exact time                                            | month (YYYY-MM)  | null        |
 */
export function publicIdentity(v: IdentitySource, access: PersonalDataAccess, today: Date): PublicIdentity {
  const name = publicName(v, today);
  if (access !== 'NONE') return { name, districtCode: v.districtCode, memberSince: v.createdAt.toISOString() };
  if (isMinor(v, today)) return { name, districtCode: null, memberSince: null };
  return { name, districtCode: v.districtCode, memberSince: beijingMonth(v.createdAt) };
}

/** YYYY-MM of a moment in Beijing time (UTC+8, no daylight saving), the calendar the city's volunteers live by. */
export const beijingMonth = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
