/**
 * Training course codes (issue 17.2): upper-case letters, digits and dashes, as printed on a certificate
 * (e.g. FIRST-AID). The volunteers subgraph keeps the catalogue; projects name a required course by it.
 */
const COURSE_CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

/** True for a well-formed course code (whether the catalogue holds it is its owner's question). */
export const isCourseCode = (code: string): boolean => COURSE_CODE.test(code);
