import { newRedemptionCode, normalizeCode, pointsChange } from '../../subgraphs/xinjin/rules/mall';

test('points follow the growth rule on the total: 10 per confirmed hour, whole points', () => {
  expect(pointsChange(0, 1, 0)).toBe(10);
  expect(pointsChange(0, 0.55, 0)).toBe(5);
  // Two 0.55 h records earn 11 points together, as Volunteer.points counts them, not 5 + 5.
  expect(pointsChange(0.55, 1.1, 5)).toBe(6);
  expect(pointsChange(126, 126, 1260)).toBe(0);
});

test('a downward correction takes back points, never more than the balance', () => {
  expect(pointsChange(10, 8, 100)).toBe(-20);
  expect(pointsChange(10, 8, 5)).toBe(-5);
  expect(pointsChange(10, 0, 0)).toBe(0);
});

test('redemption codes are XJ and 8 unambiguous characters; shops may type them loosely', () => {
  const codes = new Set(Array.from({ length: 1000 }, newRedemptionCode));
  expect(codes.size).toBe(1000);
  for (const code of codes) expect(code).toMatch(/^XJ[A-HJ-NP-Z2-9]{8}$/);
  expect(normalizeCode(' xj7k-q2m9 pd ')).toBe('XJ7KQ2M9PD');
});
