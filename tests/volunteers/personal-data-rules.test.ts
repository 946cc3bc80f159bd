import { ageOn } from '../../subgraphs/kit/city/age';
import { isServiceCategoryCode, SERVICE_CATEGORIES } from '../../subgraphs/kit/city/categories';
import { isCalendarDay } from '../../subgraphs/kit/city/days';
import { idCheckChar, normalizeIdNumber, parseIdNumber } from '../../subgraphs/kit/city/idcard';
import { maskIdNumber, maskMobile, maskName } from '../../subgraphs/kit/city/mask';
import { MINOR_PUBLIC_NAME, publicIdentity } from '../../subgraphs/volunteers/rules/visibility';
import { normalizeMobile } from '../../subgraphs/kit/city/phone';

const TODAY = new Date('2026-11-28T00:00:00Z');

describe('GB 11643 resident ID numbers', () => {
  test('check characters, including X and 0 (published sample numbers)', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('44052418800101001')).toBe('4');
    // Every possible check character is reachable; spot-check the MOD 11-2 table end to end.
    const seen = new Set<string>();
    for (let seq = 0; seq < 200; seq++) seen.add(idCheckChar(`51010419980315${String(seq).padStart(3, '0')}`));
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  test('reads birth date and sex from a valid number', () => {
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      facts: { regionCode: '110105', birthDate: '1949-12-31', sex: 'FEMALE' },
    });
    const male = '51010419980315003';
    expect(parseIdNumber(male + idCheckChar(male), TODAY)).toEqual({
      ok: true,
      facts: { regionCode: '510104', birthDate: '1998-03-15', sex: 'MALE' },
    });
    // A well-formed number, but no living registrant was born before 1900.
    expect(parseIdNumber('440524188001010014', TODAY)).toEqual({ ok: false, problem: 'BIRTH_DATE' });
  });

  test('a lower-case x is accepted once normalized', () => {
    expect(parseIdNumber(normalizeIdNumber(' 11010519491231002x '), TODAY).ok).toBe(true);
  });

  test.each([
    ['11010519491231002', 'FORMAT'],
    ['1101051949123100211', 'FORMAT'],
    ['01010519491231002X', 'FORMAT'],
    ['11010519491231002Y', 'FORMAT'],
    ['110105194912310029', 'CHECK_DIGIT'],
    ['110105194902300020', 'BIRTH_DATE'],
    ['110105202611290020', 'BIRTH_DATE'],
    ['110105189912310020', 'BIRTH_DATE'],
  ])('%s is refused for %s', (value, problem) => {
    expect(parseIdNumber(value, TODAY)).toEqual({ ok: false, problem });
  });

  test('born today is accepted, tomorrow is not', () => {
    const today = `51010420261128001`;
    expect(parseIdNumber(today + idCheckChar(today), TODAY).ok).toBe(true);
    const tomorrow = `51010420261129001`;
    expect(parseIdNumber(tomorrow + idCheckChar(tomorrow), TODAY)).toEqual({ ok: false, problem: 'BIRTH_DATE' });
    // 17:00 UTC on the 28th is already the 29th in Chengdu: born then is born today.
    expect(parseIdNumber(tomorrow + idCheckChar(tomorrow), new Date('2026-11-28T17:00:00Z')).ok).toBe(true);
  });
});

test('age in whole years, the birthday itself counting', () => {
  expect(ageOn('2012-11-28', TODAY)).toBe(14);
  expect(ageOn('2012-11-29', TODAY)).toBe(13);
  expect(ageOn('2012-12-01', TODAY)).toBe(13);
  expect(ageOn('2000-02-29', new Date('2026-02-28T00:00:00Z'))).toBe(25);
  expect(ageOn('2000-02-29', new Date('2026-03-01T00:00:00Z'))).toBe(26);
});

test('mainland mobile numbers', () => {
  expect(normalizeMobile('13812345678')).toBe('13812345678');
  expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
  expect(normalizeMobile('008619912345678')).toBe('19912345678');
  for (const bad of ['12812345678', '1381234567', '138123456789', '02887654321', 'phone', ''])
    expect(normalizeMobile(bad)).toBeNull();
});

test('masks keep the length; an ID number keeps only its province and city', () => {
  expect(maskIdNumber('510104199803150021')).toBe('5101**************');
  expect(maskMobile('13812345678')).toBe('138****5678');
});

test.each([
  ['王小明', '王*明'],
  ['欧阳小明', '欧**明'],
  ['王明', '王*'],
  ['王', '*'],
])('the real name %s is shown publicly as %s', (name, masked) => {
  expect(maskName(name)).toBe(masked);
});

describe('public identity: field × caller', () => {
  // Ages count in Chengdu's days (from 16:00 UTC it is already tomorrow there), so birthdays are built from
  // Chengdu's date. On 29 February nobody turns 18 exactly (that day is missing 18 years back): take the day before.
  const DAY_MS = 86_400_000;
  const chengduDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000);
  const now =
    chengduDate(new Date()).toISOString().slice(5, 10) === '02-29' ? new Date(Date.now() - DAY_MS) : new Date();
  /** A birth date `years` old today in Chengdu (the day before the birthday for `dayShort`). */
  const bornYearsAgo = (years: number, dayShort = false) => {
    const today = chengduDate(now);
    const d = new Date(
      Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate() + (dayShort ? 1 : 0)),
    );
    return d.toISOString().slice(0, 10);
  };
  const createdAt = new Date(now.getTime() - 400 * 86_400_000);
  const adult = {
    displayName: '王小明',
    realName: '王小明',
    birthDate: bornYearsAgo(30),
    districtCode: 'pidu',
    createdAt,
  };
  const month = new Date(createdAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

  test.each([
    ['an adult without a nickname, public', adult, 'NONE', { name: '王*明', districtCode: 'pidu', memberSince: month }],
    [
      'an adult with a nickname, public',
      { ...adult, displayName: '小太阳' },
      'NONE',
      { name: '小太阳', districtCode: 'pidu', memberSince: month },
    ],
    [
      'an adult, to their admins',
      adult,
      'MASKED',
      { name: '王*明', districtCode: 'pidu', memberSince: createdAt.toISOString() },
    ],
    [
      'an adult, to themselves',
      adult,
      'FULL',
      { name: '王*明', districtCode: 'pidu', memberSince: createdAt.toISOString() },
    ],
    [
      '18 today, public',
      { ...adult, birthDate: bornYearsAgo(18) },
      'NONE',
      { name: '王*明', districtCode: 'pidu', memberSince: month },
    ],
    [
      '18 tomorrow, public',
      { ...adult, birthDate: bornYearsAgo(18, true) },
      'NONE',
      { name: MINOR_PUBLIC_NAME, districtCode: null, memberSince: null },
    ],
    [
      'a 12-year-old with a nickname, public',
      { ...adult, displayName: '小太阳', birthDate: bornYearsAgo(12) },
      'NONE',
      { name: MINOR_PUBLIC_NAME, districtCode: null, memberSince: null },
    ],
    [
      'a 12-year-old, to their admins',
      { ...adult, birthDate: bornYearsAgo(12) },
      'MASKED',
      { name: MINOR_PUBLIC_NAME, districtCode: 'pidu', memberSince: createdAt.toISOString() },
    ],
    [
      'a row without a basic record, public',
      { ...adult, realName: null, birthDate: null },
      'NONE',
      { name: MINOR_PUBLIC_NAME, districtCode: null, memberSince: null },
    ],
  ] as const)('%s', (_, v, access, expected) => {
    expect(publicIdentity(v, access, now)).toEqual(expected);
  });
});

test('ten major service categories, the four named by the report among them', () => {
  expect(SERVICE_CATEGORIES).toHaveLength(10);
  expect(new Set(SERVICE_CATEGORIES.map((c) => c.code)).size).toBe(10);
  for (const name of ['同心战疫', '五彩梦想', '青暖夕阳', '情满旅途'])
    expect(SERVICE_CATEGORIES.map((c) => c.name)).toContain(name);
  expect(isServiceCategoryCode('elderly')).toBe(true);
  expect(isServiceCategoryCode('cooking')).toBe(false);
});

test('calendar days', () => {
  for (const day of ['2024-02-29', '2026-11-28', '1900-01-01']) expect(isCalendarDay(day)).toBe(true);
  for (const day of ['2023-02-29', '2024-02-30', '2024-13-01', '2024-1-01', '20240101', ''])
    expect(isCalendarDay(day)).toBe(false);
});
