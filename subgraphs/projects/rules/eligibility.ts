import { ageOn } from './time';

export interface EligibilityInput {
  birthDate: string | null;
  skills: string[];
  minAge: number | null;
  requiredSkills: string[];
  /** Day of the shift in Asia/Shanghai. */
  shiftDate: string;
}

/** Why a volunteer may not join a shift, or null when they may. Age counts on the day of the shift. */
export function ineligibility(v: EligibilityInput): { code: string; message: string } | null {
  if (v.minAge != null && v.minAge > 0) {
    if (!v.birthDate)
      return {
        code: 'NOT_ELIGIBLE',
        message:
          `This project is for volunteers aged ${v.minAge} or over; add your date of birth to your profile ` + `first.`,
      };
    if (ageOn(v.birthDate, v.shiftDate) < v.minAge)
      return {
        code: 'NOT_ELIGIBLE',
        message: `This project is for volunteers aged ${v.minAge} or over on the day of the shift.`,
      };
  }
  const missing = v.requiredSkills.filter((s) => !v.skills.includes(s));
  if (missing.length)
    return { code: 'NOT_ELIGIBLE', message: `This project needs these skills in your profile: ${missing.join('、')}.` };
  return null;
}

/** Volunteer statuses (from the volunteers subgraph) that may not sign up. */
export const BLOCKED_STATUSES = new Set(['SUSPENDED', 'CANCELLED', 'DEREGISTERED', 'INACTIVE']);
