import { applyRecordHours, canSpend, isCreditAmount, room } from '../../subgraphs/pidu/rules/time-bank';

test('credits are spendable from one star (100 confirmed hours)', () => {
  expect(canSpend(0)).toBe(false);
  expect(canSpend(99.99)).toBe(false);
  expect(canSpend(100)).toBe(true);
  expect(canSpend(1512)).toBe(true);
});

test('room under the cap counts held credits as stored', () => {
  expect(room(0, 0)).toBe(1500);
  expect(room(1400, 100)).toBe(0);
  expect(room(1499.5, 0)).toBe(0.5);
  expect(room(1500, 0)).toBe(0);
});

test('a new record earns its hours as far as the cap allows', () => {
  expect(applyRecordHours(null, 4, 0, 0)).toEqual({ delta: 4, next: { hours: 4, credited: 4 } });
  expect(applyRecordHours(null, 4, 1498, 0)).toEqual({ delta: 2, next: { hours: 4, credited: 2 } });
  expect(applyRecordHours(null, 4, 1500, 0)).toEqual({ delta: 0, next: { hours: 4, credited: 0 } });
});

test('a correction applies only the difference', () => {
  expect(applyRecordHours({ hours: 4, credited: 4 }, 6, 10, 0)).toEqual({ delta: 2, next: { hours: 6, credited: 6 } });
  expect(applyRecordHours({ hours: 4, credited: 4 }, 4, 10, 0)).toEqual({ delta: 0, next: { hours: 4, credited: 4 } });
  expect(applyRecordHours({ hours: 4, credited: 4 }, 1.5, 10, 0)).toEqual({
    delta: -2.5,
    next: { hours: 1.5, credited: 1.5 },
  });
});

test('a downward correction takes back only what the record credited beyond its new hours, never below zero', () => {
  // Credited 2 of 4 h because the account was full: down to 3 h takes nothing back, down to 1 h takes 1.
  expect(applyRecordHours({ hours: 4, credited: 2 }, 3, 1500, 0)).toEqual({
    delta: 0,
    next: { hours: 3, credited: 2 },
  });
  expect(applyRecordHours({ hours: 4, credited: 2 }, 1, 1500, 0)).toEqual({
    delta: -1,
    next: { hours: 1, credited: 1 },
  });
  // Credits already spent stay spent: only the balance can be taken back.
  expect(applyRecordHours({ hours: 4, credited: 4 }, 0, 1, 0)).toEqual({ delta: -1, next: { hours: 0, credited: 3 } });
});

test('amounts are positive, in steps of 0.5, up to the maximum', () => {
  expect(isCreditAmount(0.5, 100)).toBe(true);
  expect(isCreditAmount(100, 100)).toBe(true);
  expect(isCreditAmount(100.5, 100)).toBe(false);
  expect(isCreditAmount(0, 100)).toBe(false);
  expect(isCreditAmount(-1, 100)).toBe(false);
  expect(isCreditAmount(0.3, 100)).toBe(false);
  expect(isCreditAmount(Number.NaN, 100)).toBe(false);
});
