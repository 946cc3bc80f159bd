import { badInput } from '../../kit/runtime/errors';
import { isCourseCode } from '../../kit/city/course-codes';
import { isDistrictCode } from '../../kit/city/districts';
import { requireUuid } from '../../kit/runtime/ids';
import { isDate, isTime, shanghaiInstant } from './time';

export interface ShiftInput {
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  waitlistCapacity?: number | null;
}

export interface InsuranceInput {
  insurer: string;
  policyNumber: string;
  coversFrom: string;
  coversUntil: string;
}

/** The fields of ProjectInput/ProjectChanges; in changes every one may be absent. */
export interface ProjectFields {
  title?: string | null;
  description?: string | null;
  categoryCode?: string | null;
  subcategoryCode?: string | null;
  districtCode?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  contactName?: string | null;
  contactPhone?: string | null;
  minimumAge?: number | null;
  skills?: string[] | null;
  requiredCourseCode?: string | null;
  riskLevel?: string | null;
  insurance?: InsuranceInput | null;
  /** A program's id as the project's cover; null in changes drops it. */
  insuranceProgramId?: string | null;
  /** A campaign's code to serve under; null in changes leaves the campaign. */
  campaignCode?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  coverImageUrl?: string | null;
}

/** Project columns as stored. */
export interface ProjectRow {
  title: string;
  description: string;
  categoryCode: string | null;
  subcategoryCode: string | null;
  districtCode: string;
  address: string;
  latitude: string | null;
  longitude: string | null;
  contactName: string;
  contactPhone: string;
  minAge: number | null;
  requiredSkills: string[];
  requiredCourseCode: string | null;
  riskLevel: string;
  insurer: string | null;
  insurancePolicyNo: string | null;
  insuranceCoversFrom: string | null;
  insuranceCoversUntil: string | null;
  insuranceProgramId: string | null;
  campaignCode: string | null;
  startsOn: string;
  endsOn: string;
  coverImageUrl: string | null;
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}|[48]00-?\d{3}-?\d{4})$/;
export const MAX_SHIFTS = 200;

function text(value: string, field: string, max: number, min = 1): string {
  const v = value.trim();
  if (v.length < min || v.length > max) throw badInput(`${field} must be ${min} to ${max} characters.`, field);
  return v;
}

function date(value: string, field: string): string {
  if (!isDate(value)) throw badInput(`${field} must be a date written YYYY-MM-DD.`, field);
  return value;
}

/** An https URL of at most 500 characters: share cards and galleries load it in other people's browsers. */
export function httpsUrl(value: string, field: string): string {
  const v = value.trim();
  let ok = false;
  try {
    ok = new URL(v).protocol === 'https:' && v.length <= 500;
  } catch {
    ok = false;
  }
  if (!ok) throw badInput(`${field} must be an https:// URL of at most 500 characters.`, field);
  return v;
}

/**
 * Applies `fields` on top of `base` (a stored project, or nothing when creating) and checks the result as a whole,
 * so an edit can never leave a project in a state creation would refuse. Taxonomy codes are checked by the caller
 * against the database.
 */
export function mergeProject(base: ProjectRow | null, fields: ProjectFields): ProjectRow {
  const has = (k: keyof ProjectFields) => fields[k] !== undefined && fields[k] !== null;
  const row: ProjectRow = base
    ? { ...base }
    : ({
        latitude: null,
        longitude: null,
        minAge: null,
        coverImageUrl: null,
        requiredSkills: [],
        requiredCourseCode: null,
        riskLevel: 'LOW',
        insurer: null,
        insurancePolicyNo: null,
        insuranceCoversFrom: null,
        insuranceCoversUntil: null,
        insuranceProgramId: null,
        campaignCode: null,
      } as unknown as ProjectRow);
  if (has('title')) row.title = text(fields.title!, 'title', 120, 4);
  if (has('description')) row.description = text(fields.description!, 'description', 5000, 10);
  if (has('categoryCode')) row.categoryCode = fields.categoryCode!;
  if (has('subcategoryCode')) row.subcategoryCode = fields.subcategoryCode!;
  if (has('districtCode')) {
    if (!isDistrictCode(fields.districtCode!))
      throw badInput('districtCode must be one of the 23 district codes, e.g. pidu.', 'districtCode');
    row.districtCode = fields.districtCode!;
  }
  if (has('address')) row.address = text(fields.address!, 'address', 200, 4);
  if (fields.latitude !== undefined || fields.longitude !== undefined) {
    const { latitude: lat, longitude: lng } = fields;
    if ((lat == null) !== (lng == null))
      throw badInput('Give latitude and longitude together, or neither.', 'latitude');
    if (lat != null && (lat < -90 || lat > 90)) throw badInput('latitude must be between -90 and 90.', 'latitude');
    if (lng != null && (lng < -180 || lng > 180))
      throw badInput('longitude must be between -180 and 180.', 'longitude');
    row.latitude = lat == null ? null : lat.toFixed(6);
    row.longitude = lng == null ? null : lng!.toFixed(6);
  }
  if (has('contactName')) row.contactName = text(fields.contactName!, 'contactName', 40);
  if (has('contactPhone')) {
    const phone = fields.contactPhone!.trim();
    if (!PHONE.test(phone))
      throw badInput(
        'contactPhone must be a mobile number (11 digits) or a landline such as 028-12345678.',
        'contactPhone',
      );
    row.contactPhone = phone;
  }
  if (fields.minimumAge !== undefined) {
    const age = fields.minimumAge;
    if (age != null && (!Number.isInteger(age) || age < 0 || age > 100))
      throw badInput('minimumAge must be a whole number from 0 to 100.', 'minimumAge');
    row.minAge = age ?? null;
  }
  if (has('skills')) {
    const skills = [...new Set(fields.skills!.map((s) => s.trim()))];
    if (skills.length > 20 || skills.some((s) => s.length < 1 || s.length > 40))
      throw badInput('skills: at most 20, each 1 to 40 characters.', 'skills');
    row.requiredSkills = skills;
  }
  if (fields.requiredCourseCode !== undefined) {
    // Null or empty lifts the requirement; whether the code is a course of the catalogue the caller checks.
    const code = fields.requiredCourseCode?.trim().toUpperCase() || null;
    if (code != null && !isCourseCode(code))
      throw badInput(
        'requiredCourseCode must be a course code such as FIRST-AID (see trainingCourses).',
        'requiredCourseCode',
      );
    row.requiredCourseCode = code;
  }
  if (has('riskLevel')) row.riskLevel = fields.riskLevel!;
  if (has('insurance')) {
    const ins = fields.insurance!;
    row.insurer = text(ins.insurer, 'insurance.insurer', 80, 2);
    row.insurancePolicyNo = text(ins.policyNumber, 'insurance.policyNumber', 64, 4);
    row.insuranceCoversFrom = date(ins.coversFrom, 'insurance.coversFrom');
    row.insuranceCoversUntil = date(ins.coversUntil, 'insurance.coversUntil');
    if (row.insuranceCoversUntil < row.insuranceCoversFrom)
      throw badInput('The insurance cover must end on or after it starts.', 'insurance.coversUntil');
  }
  // Explicit null clears them (a project leaves its program or campaign); left out, they stay.
  if (fields.insuranceProgramId !== undefined) {
    if (fields.insuranceProgramId !== null) requireUuid(fields.insuranceProgramId, 'insuranceProgramId');
    row.insuranceProgramId = fields.insuranceProgramId;
  }
  if (fields.campaignCode !== undefined) row.campaignCode = fields.campaignCode?.trim() || null;
  if (has('coverImageUrl')) row.coverImageUrl = httpsUrl(fields.coverImageUrl!, 'coverImageUrl');
  if (has('startsOn')) row.startsOn = date(fields.startsOn!, 'startsOn');
  if (has('endsOn')) row.endsOn = date(fields.endsOn!, 'endsOn');
  if (row.endsOn < row.startsOn) throw badInput('endsOn must be on or after startsOn.', 'endsOn');
  return row;
}

/** True when the recorded insurance covers the whole period, as a risky project needs before publishing. */
export function insuranceCovers(row: ProjectRow): boolean {
  return (
    !!row.insurer &&
    !!row.insuranceCoversFrom &&
    row.insuranceCoversFrom <= row.startsOn &&
    row.insuranceCoversUntil! >= row.endsOn
  );
}

/** Checks one shift against the project's period and converts it to instants. */
export function shiftTimes(input: ShiftInput, period: { startsOn: string; endsOn: string }, field = 'shift') {
  if (!isDate(input.date)) throw badInput(`${field}.date must be a date written YYYY-MM-DD.`, `${field}.date`);
  if (!isTime(input.startTime) || !isTime(input.endTime))
    throw badInput(`${field} times must be HH:MM (24-hour).`, `${field}.startTime`);
  if (input.endTime <= input.startTime)
    throw badInput(`${field} must end after it starts, on the same day.`, `${field}.endTime`);
  if (input.date < period.startsOn || input.date > period.endsOn) {
    throw badInput(
      `${field} on ${input.date} falls outside the project period ${period.startsOn} to ${period.endsOn}.`,
      `${field}.date`,
    );
  }
  const waitlist = input.waitlistCapacity ?? 0;
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 10000)
    throw badInput(`${field}.capacity must be 1 to 10000.`, `${field}.capacity`);
  if (!Number.isInteger(waitlist) || waitlist < 0 || waitlist > 10000)
    throw badInput(`${field}.waitlistCapacity must be 0 to 10000.`, `${field}.waitlistCapacity`);
  return {
    startsAt: shanghaiInstant(input.date, input.startTime),
    endsAt: shanghaiInstant(input.date, input.endTime),
    capacity: input.capacity,
    waitlistCapacity: waitlist,
  };
}
