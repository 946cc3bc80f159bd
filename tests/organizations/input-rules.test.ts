import { contactPhone, serviceDates, todayInChengdu } from '../../subgraphs/organizations/rules/input';

const NOW = new Date('2026-11-28T10:00:00Z');

describe("a need's service dates", () => {
  test('today in Chengdu is allowed, yesterday is not', () => {
    expect(serviceDates('2026-11-28', '2026-11-28', NOW)).toEqual({ startsOn: '2026-11-28', endsOn: '2026-11-28' });
    expect(() => serviceDates('2026-11-27', '2026-11-28', NOW)).toThrow(/past/);
  });

  test("Chengdu's date turns at 16:00 UTC", () => {
    expect(todayInChengdu(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(todayInChengdu(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });

  test('the end may not come before the start', () => {
    expect(() => serviceDates('2026-12-02', '2026-12-01', NOW)).toThrow(/before startsOn/);
  });

  test('a need spans at most a year (366 days apart is the limit)', () => {
    expect(serviceDates('2027-01-01', '2028-01-02', NOW).endsOn).toBe('2028-01-02');
    expect(() => serviceDates('2027-01-01', '2028-01-03', NOW)).toThrow(/at most a year/);
  });

  test.each(['2026-02-30', '2026-13-01', '26-12-01', '2026-12-1', 'tomorrow'])('%s is not a date', (d) => {
    expect(() => serviceDates(d, '2027-01-01', NOW)).toThrow(/YYYY-MM-DD/);
  });
});

describe("an organization's public phone", () => {
  test.each(['028-86651234', '02886651234', '13800138000', '028-8665 1234', '0831-2345678', '028-86651234-801'])(
    '%s is accepted',
    (p) => {
      expect(() => contactPhone(p)).not.toThrow();
    },
  );
  test.each(['12345', '12800138000', '1380013800', '86651234', 'call us'])('%s is refused', (p) => {
    expect(() => contactPhone(p)).toThrow(/contactPhone/);
  });
});
