import { badges, hoursRangeOf, hoursToNextStar, points, starLevel } from '../../subgraphs/volunteers/rules/growth';

test.each([
  [0, 0],
  [99.5, 0],
  [99.99, 0],
  [100, 1],
  [299.5, 1],
  [300, 2],
  [599.9, 2],
  [600, 3],
  [999.5, 3],
  [1000, 4],
  [1499.99, 4],
  [1500, 5],
  [5000, 5],
])('%p confirmed hours make %p stars', (hours, stars) => {
  expect(starLevel(hours)).toBe(stars);
});

test('hours to the next star, none at five stars', () => {
  expect(hoursToNextStar(0)).toBe(100);
  expect(hoursToNextStar(99.5)).toBe(0.5);
  expect(hoursToNextStar(100)).toBe(200);
  expect(hoursToNextStar(1499)).toBe(1);
  expect(hoursToNextStar(1500)).toBeNull();
});

test('each star level covers exactly its hours', () => {
  expect(hoursRangeOf(0)).toEqual({ from: 0, to: 100 });
  expect(hoursRangeOf(3)).toEqual({ from: 600, to: 1000 });
  expect(hoursRangeOf(5)).toEqual({ from: 1500, to: null });
  for (let level = 0; level <= 5; level++) {
    const { from, to } = hoursRangeOf(level);
    expect(starLevel(from)).toBe(level);
    if (to !== null) expect(starLevel(to - 0.01)).toBe(level);
  }
});

test('ten points per confirmed hour, whole points only', () => {
  expect(points(0)).toBe(0);
  expect(points(0.05)).toBe(0);
  expect(points(0.1)).toBe(1);
  expect(points(126)).toBe(1260);
  expect(points(652.5)).toBe(6525);
});

const codes = (hours: number, projectCount = 0, organizationCount = 0) =>
  badges({ confirmedHours: hours, projectCount, organizationCount }).map((b) => b.code);

test('milestone badges at their edges', () => {
  expect(codes(0)).toEqual([]);
  expect(codes(0.5)).toEqual(['FIRST_SERVICE']);
  expect(codes(49.5)).toEqual(['FIRST_SERVICE']);
  expect(codes(50)).toEqual(['FIRST_SERVICE', 'HOURS_50']);
  expect(codes(499.5)).toEqual(['FIRST_SERVICE', 'HOURS_50']);
  expect(codes(500)).toEqual(['FIRST_SERVICE', 'HOURS_50', 'HOURS_500']);
  expect(codes(999.5)).not.toContain('GOLD');
  expect(codes(1000)).toContain('GOLD');
  expect(codes(1999.5)).not.toContain('DIAMOND');
  expect(codes(2000)).toContain('DIAMOND');
  expect(codes(10, 9, 4)).toEqual(['FIRST_SERVICE']);
  expect(codes(10, 10, 5)).toEqual(['FIRST_SERVICE', 'PROJECTS_10', 'ORGANIZATIONS_5']);
});

test('badges carry a Chinese name for the card', () => {
  expect(
    badges({ confirmedHours: 1000, projectCount: 0, organizationCount: 0 }).find((b) => b.code === 'GOLD')?.name,
  ).toBe('金牌志愿者');
});
