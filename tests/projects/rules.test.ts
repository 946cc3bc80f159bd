import { ineligibility } from '../../subgraphs/projects/rules/eligibility';
import { maskPhone } from '../../subgraphs/projects/rules/access';
import { addWorkingDays, holidayCalendarCovers } from '../../subgraphs/kit/city/days';
import {
  ageOn,
  isDate,
  isTime,
  servedHours,
  shanghaiInstant,
  shanghaiParts,
} from '../../subgraphs/projects/rules/time';

test('dates and times are checked for real', () => {
  expect(isDate('2026-02-28')).toBe(true);
  expect(isDate('2028-02-29')).toBe(true);
  expect(isDate('2026-02-29')).toBe(false);
  expect(isDate('2026-2-1')).toBe(false);
  expect(isTime('00:00')).toBe(true);
  expect(isTime('23:59')).toBe(true);
  expect(isTime('24:00')).toBe(false);
  expect(isTime('9:00')).toBe(false);
});

test('Chengdu local time converts with +08:00, across midnight UTC', () => {
  const at = shanghaiInstant('2026-12-05', '07:30');
  expect(at.toISOString()).toBe('2026-12-04T23:30:00.000Z');
  expect(shanghaiParts(at)).toEqual({ date: '2026-12-05', time: '07:30', iso: '2026-12-05T07:30:00+08:00' });
});

test('ten working days skip weekends', () => {
  expect(addWorkingDays('2026-12-04', 10)).toBe('2026-12-18'); // a Friday to the Friday two weeks on
  expect(addWorkingDays('2026-12-05', 10)).toBe('2026-12-18'); // Saturday counts from Monday
  expect(addWorkingDays('2026-12-07', 1)).toBe('2026-12-08');
  expect(addWorkingDays('2026-12-11', 1)).toBe('2026-12-14'); // Friday → Monday
});

// The State Council's notice for 2026: 中秋 25-27 September, 国庆 1-7 October; Sunday 20 September and
// Saturday 10 October are make-up working days. Fixed dates here are the national calendar itself, not "today".
test('working days follow the official holidays and their make-up working weekends', () => {
  // Served Tuesday 22 September: 23, 24, (25-27 off), 28, 29, 30, (1-7 off), 8, 9, Saturday 10, 12, 13.
  expect(addWorkingDays('2026-09-22', 10)).toBe('2026-10-13');
  // Served on the make-up Sunday 20 September: 21, 22, 23, 24, 28, 29, 30, 8, 9, Saturday 10.
  expect(addWorkingDays('2026-09-20', 10)).toBe('2026-10-10');
  // Served during the holiday: the count starts after it.
  expect(addWorkingDays('2026-10-03', 1)).toBe('2026-10-08');
  // 春节 2026: 15-23 February off, Saturday 14 and Saturday 28 February worked.
  expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
  expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
  // 元旦 2026: 1-3 January off, Sunday 4 January worked.
  expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
});

test('a year the holiday data does not cover counts weekdays, and says so in the log once', () => {
  const warnings: unknown[] = [];
  const log = { warn: (obj: object) => warnings.push(obj) };
  // chinese-days 1.5.7 covers 2004 to 2026; find the first year after today that it lacks, whatever today is.
  let year = new Date().getUTCFullYear();
  while (holidayCalendarCovers(year)) year++;
  expect(holidayCalendarCovers(2026)).toBe(true);
  // 1 to 14 January of that year: ten weekdays on from the 1st, skipping only weekends.
  const start = `${year}-01-01`;
  const expected = new Date(`${start}T00:00:00Z`);
  for (let left = 10; left > 0;) {
    expected.setUTCDate(expected.getUTCDate() + 1);
    if (expected.getUTCDay() % 6 !== 0) left--;
  }
  expect(addWorkingDays(start, 10, log)).toBe(expected.toISOString().slice(0, 10));
  expect(addWorkingDays(`${year}-03-02`, 10, log)).toMatch(new RegExp(`^${year}-03-`));
  expect(warnings).toEqual([{ year }]);
});

test('age counts on the day, birthday included', () => {
  expect(ageOn('2008-12-05', '2026-12-04')).toBe(17);
  expect(ageOn('2008-12-05', '2026-12-05')).toBe(18);
  expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
});

test('served hours count only the time within the shift, to two decimals', () => {
  const start = shanghaiInstant('2026-12-05', '09:00');
  const end = shanghaiInstant('2026-12-05', '12:00');
  expect(servedHours(shanghaiInstant('2026-12-05', '08:30'), shanghaiInstant('2026-12-05', '12:30'), start, end)).toBe(
    3,
  );
  expect(servedHours(shanghaiInstant('2026-12-05', '09:20'), shanghaiInstant('2026-12-05', '11:00'), start, end)).toBe(
    1.67,
  );
  expect(servedHours(shanghaiInstant('2026-12-05', '12:10'), shanghaiInstant('2026-12-05', '12:30'), start, end)).toBe(
    0,
  );
});

test('eligibility: minimum age and every required skill', () => {
  const base = {
    birthDate: '2008-12-05',
    skills: ['英语'],
    minAge: 18,
    requiredSkills: ['英语'],
    shiftDate: '2026-12-05',
  };
  expect(ineligibility(base)).toBeNull();
  expect(ineligibility({ ...base, shiftDate: '2026-12-04' })?.code).toBe('NOT_ELIGIBLE');
  expect(ineligibility({ ...base, birthDate: null })?.message).toMatch(/date of birth/);
  expect(ineligibility({ ...base, birthDate: null, minAge: null })).toBeNull();
  expect(ineligibility({ ...base, requiredSkills: ['英语', '急救'] })?.message).toMatch(/急救/);
});

test('phones are masked for anonymous visitors', () => {
  expect(maskPhone('13880011001')).toBe('138****1001');
  expect(maskPhone('028-86134567')).toBe('028****4567');
  expect(maskPhone('12')).toBe('****');
});
