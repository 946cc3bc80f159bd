import { ageOn } from '../../kit/city/age';
import { isServiceCategoryCode, SERVICE_CATEGORIES } from '../../kit/city/categories';
import { isCalendarDay } from '../../kit/city/days';
import { isDistrictCode } from '../../kit/city/districts';
import { badInput } from '../../kit/runtime/errors';
import { normalizeIdNumber, parseIdNumber, type Sex } from '../../kit/city/idcard';
import { normalizeMobile } from '../../kit/city/phone';
import { ADULT_AGE } from './visibility';

/**
 * Validation of the basic record a volunteer enters. Messages name the field and say what to fix, and never
 * repeat the value: it may be an ID or phone number, which must not travel in errors or logs.
 */

/** Children under this age register only with a guardian's consent (PIPL: all their data is sensitive). */
export const GUARDIAN_CONSENT_UNDER = 14;
export const MAX_SKILLS = 10;

export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  // eslint-disable-next-line no-control-regex -- a name or similar one-line text holds no control character
  if (text.length === 0 || [...text].length > max || /[\u0000-\u001f]/.test(text)) {
    throw badInput(`${field} must be 1 to ${max} characters.`, field);
  }
  return text;
}

export function requireMobile(value: string, field: string): string {
  const phone = normalizeMobile(value);
  if (!phone) throw badInput(`${field} must be a mainland mobile number: 11 digits starting with 13 to 19.`, field);
  return phone;
}

export function requireDistrict(code: string, field: string): string {
  if (!isDistrictCode(code))
    throw badInput(`${field} must be one of the 23 district codes, e.g. wuhou or gaoxin.`, field);
  return code;
}

export function requireSkills(skills: readonly string[], field = 'skills'): string[] {
  const clean = [...new Set(skills.map((s) => requireText(s, field, 20)))];
  if (clean.length > MAX_SKILLS) throw badInput(`${field} may list at most ${MAX_SKILLS} skills.`, field);
  return clean;
}

export function requireCategories(codes: readonly string[], field = 'serviceCategories'): string[] {
  const clean = [...new Set(codes.map((c) => c.trim()))];
  if (clean.length === 0) throw badInput(`${field} needs at least one service category.`, field);
  if (!clean.every(isServiceCategoryCode)) {
    throw badInput(
      `${field} has an unknown category; use the codes ${SERVICE_CATEGORIES.map((c) => c.code).join(', ')}.`,
      field,
    );
  }
  return clean;
}

const ID_PROBLEMS = {
  FORMAT: 'idNumber must be an 18-character resident ID number: 17 digits and a final digit or X.',
  BIRTH_DATE: 'idNumber does not contain a valid birth date; check the number on the ID card.',
  CHECK_DIGIT: 'idNumber has a wrong check digit; check the number on the ID card.',
} as const;

export interface RegistrationInput {
  realName: string;
  displayName?: string | null;
  sex: Sex;
  birthDate: string;
  idNumber: string;
  districtCode: string;
  phone: string;
  skills?: string[] | null;
  serviceCategories: string[];
  consent: {
    personalData: boolean;
    shareWithPartners?: boolean | null;
    guardian?: { name: string; relation: string; phone: string } | null;
  };
}

/** A validated, normalized basic record, ready to store. */
export interface RegistrationRecord {
  realName: string;
  displayName: string;
  sex: Sex;
  birthDate: string;
  idNumber: string;
  districtCode: string;
  phone: string;
  skills: string[];
  serviceCategories: string[];
  shareWithPartners: boolean;
  guardian: { name: string; relation: string; phone: string } | null;
}

export function validateRegistration(input: RegistrationInput, today: Date): RegistrationRecord {
  if (input.consent.shareWithPartners === true) {
    // One switch for every app is what issue 11 found wrong: a consent names its app, purposes and kinds of data.
    throw badInput(
      'consent.shareWithPartners no longer exists as one switch for every app: register, then give consent to a ' +
        'named app with grantConsent (purposes and kinds of data).',
      'consent.shareWithPartners',
    );
  }
  if (input.consent.personalData !== true) {
    throw badInput(
      'Registration needs your consent to the platform keeping this record (consent.personalData: true).',
      'consent.personalData',
    );
  }
  const idNumber = normalizeIdNumber(input.idNumber);
  const parsed = parseIdNumber(idNumber, today);
  if (!parsed.ok) throw badInput(ID_PROBLEMS[parsed.problem], 'idNumber');
  if (!isCalendarDay(input.birthDate)) throw badInput('birthDate must be a day written YYYY-MM-DD.', 'birthDate');
  if (input.birthDate !== parsed.facts.birthDate)
    throw badInput('birthDate does not match the birth date in the ID number.', 'birthDate');
  if (input.sex !== parsed.facts.sex) throw badInput('sex does not match the ID number.', 'sex');
  const realName = requireText(input.realName, 'realName', 40);
  const guardianInput = input.consent.guardian ?? null;
  const age = ageOn(parsed.facts.birthDate, today);
  const minor = age < GUARDIAN_CONSENT_UNDER;
  if (minor && !guardianInput) {
    throw badInput(
      `Volunteers under ${GUARDIAN_CONSENT_UNDER} register with a guardian's consent: add consent.guardian (name, ` +
        `relation, phone).`,
      'consent.guardian',
    );
  }
  return {
    realName,
    displayName: input.displayName == null ? realName : requireText(input.displayName, 'displayName', 40),
    sex: parsed.facts.sex,
    birthDate: parsed.facts.birthDate,
    idNumber,
    districtCode: requireDistrict(input.districtCode, 'districtCode'),
    phone: requireMobile(input.phone, 'phone'),
    skills: requireSkills(input.skills ?? []),
    serviceCategories: requireCategories(input.serviceCategories),
    shareWithPartners: false,
    // A guardian given for an adult is not recorded: the consent would be meaningless and the data needless. From
    // 14 to 17 one may be given: the guardian who agrees to the volunteer's consents to apps.
    guardian: age < ADULT_AGE && guardianInput ? validateGuardian(guardianInput, 'consent.guardian') : null,
  };
}

/** A guardian as given at registration or named later (`nameGuardian`); `at` is where the input sits, for errors. */
export function validateGuardian(
  input: { name: string; relation: string; phone: string },
  at: string,
): { name: string; relation: string; phone: string } {
  return {
    name: requireText(input.name, `${at}.name`, 40),
    relation: requireText(input.relation, `${at}.relation`, 20),
    phone: requireMobile(input.phone, `${at}.phone`),
  };
}

export interface ProfileEdit {
  displayName?: string | null;
  districtCode?: string | null;
  phone?: string | null;
  skills?: string[] | null;
  serviceCategories?: string[] | null;
}

/** The columns an edit changes; fields left out (or null) stay as they are. */
export function validateProfileEdit(
  input: ProfileEdit,
): Partial<Pick<RegistrationRecord, 'displayName' | 'districtCode' | 'phone' | 'skills' | 'serviceCategories'>> {
  const patch: ReturnType<typeof validateProfileEdit> = {};
  if (input.displayName != null) patch.displayName = requireText(input.displayName, 'displayName', 40);
  if (input.districtCode != null) patch.districtCode = requireDistrict(input.districtCode, 'districtCode');
  if (input.phone != null) patch.phone = requireMobile(input.phone, 'phone');
  if (input.skills != null) patch.skills = requireSkills(input.skills);
  if (input.serviceCategories != null) patch.serviceCategories = requireCategories(input.serviceCategories);
  return patch;
}

/** The four fields fixed at registration, as a correction asks for them (null: unchanged). */
export interface FixedFields {
  realName: string | null;
  sex: Sex | null;
  birthDate: string | null;
  idNumber: string | null;
}

/**
 * A correction request, checked as a registration would be: at least one field, a reason, and the record it would
 * leave (requested fields over the current ones) consistent: the ID number valid (GB 11643), and its birth date and
 * sex those of the record. Checked again when an admin accepts, against the record as it is then.
 */
export function validateCorrection(
  requested: FixedFields & { reason: string },
  current: {
    realName: string | null;
    sex: Sex | null;
    birthDate: string | null;
    idNumber: string | null;
    guardianName: string | null;
  },
  today: Date,
): { fields: FixedFields; reason: string; after: Required<{ [K in keyof FixedFields]: NonNullable<FixedFields[K]> }> } {
  const fields: FixedFields = {
    realName: requested.realName == null ? null : requireText(requested.realName, 'input.realName', 40),
    sex: requested.sex ?? null,
    birthDate: requested.birthDate ?? null,
    idNumber: requested.idNumber == null ? null : normalizeIdNumber(requested.idNumber),
  };
  if (Object.values(fields).every((v) => v == null))
    throw badInput('Name at least one field to correct: realName, sex, birthDate or idNumber.', 'input');
  const reason = requireText(requested.reason, 'input.reason', 500);
  if (fields.birthDate != null && !isCalendarDay(fields.birthDate))
    throw badInput('input.birthDate must be a day written YYYY-MM-DD.', 'input.birthDate');
  const after = {
    realName: fields.realName ?? current.realName,
    sex: fields.sex ?? current.sex,
    birthDate: fields.birthDate ?? current.birthDate,
    idNumber: fields.idNumber ?? current.idNumber,
  };
  if (!after.realName || !after.sex || !after.birthDate || !after.idNumber)
    throw badInput('This registration has no basic record to correct; contact your district volunteer office.');
  const parsed = parseIdNumber(after.idNumber, today);
  if (!parsed.ok) throw badInput(ID_PROBLEMS[parsed.problem].replace('idNumber', 'input.idNumber'), 'input.idNumber');
  if (after.birthDate !== parsed.facts.birthDate)
    throw badInput('The birth date would not match the birth date in the ID number; correct both.', 'input.birthDate');
  if (after.sex !== parsed.facts.sex)
    throw badInput('The sex would not match the ID number; correct both.', 'input.sex');
  // A child under 14 is registered only with a guardian's consent, which a correction cannot supply.
  if (!current.guardianName && ageOn(after.birthDate, today) < GUARDIAN_CONSENT_UNDER)
    throw badInput(
      `The corrected birth date makes you younger than ${GUARDIAN_CONSENT_UNDER}: a guardian must consent; contact ` +
        'your district volunteer office.',
      'input.birthDate',
    );
  return {
    fields,
    reason,
    after: { realName: after.realName, sex: after.sex, birthDate: after.birthDate, idNumber: after.idNumber },
  };
}
