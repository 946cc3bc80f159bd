import { decodeCursor, encodeCursor } from '../../subgraphs/kit/runtime/connection';

/** Cursor parts are checked by kind before they reach SQL; every connection shares this one decoder. */
const bad = (cursor: string, shape: Parameters<typeof decodeCursor>[1]) =>
  expect(() => decodeCursor(cursor, shape)).toThrow(
    expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
  );

test('what the API encodes decodes to the same parts, in every form the repositories write them', () => {
  const now = new Date();
  const uuid = '30000000-0000-4000-8000-000000000001';
  expect(decodeCursor(encodeCursor([now.toISOString(), uuid]), ['timestamp', 'uuid'])).toEqual([
    now.toISOString(),
    uuid,
  ]);
  // Postgres's own text of a timestamptz (created_at::text), to the microsecond, with a short offset.
  expect(decodeCursor(encodeCursor(['2026-12-01 16:31:53.580847+00', uuid]), ['timestamp', 'uuid'])).not.toBeNull();
  expect(decodeCursor(encodeCursor(['2026-12-01 08:00:00+05:30', uuid]), ['timestamp', 'uuid'])).not.toBeNull();
  expect(decodeCursor(encodeCursor([now.toISOString().slice(0, 10), uuid]), ['date', 'uuid'])).not.toBeNull();
  expect(decodeCursor(encodeCursor(['1234567']), ['int'])).toEqual(['1234567']);
  expect(decodeCursor(encodeCursor([42]), ['int'])).toEqual(['42']);
  expect(decodeCursor(encodeCursor(['LEADER', now.toISOString(), uuid]), ['text', 'timestamp', 'uuid'])).not.toBeNull();
  expect(decodeCursor(null, ['int'])).toBeNull();
});

test.each([
  ['a day that does not exist', ['2026-02-29T10:00:00Z'], ['timestamp']],
  ['an hour past 23', ['2026-12-01T24:00:00Z'], ['timestamp']],
  ['an offset past 15 hours', ['2026-12-01T10:00:00+16:00'], ['timestamp']],
  ['year zero', ['0000-01-01'], ['date']],
  ['a timestamp for a date', ['2026-12-01T10:00:00Z'], ['date']],
  ['a negative id', [-1], ['int']],
  ['a fraction', [1.5], ['int']],
  ['digits beyond bigint', ['12345678901234567890'], ['int']],
  ['a number for text', [5], ['text']],
  ['text too long', ['x'.repeat(201)], ['text']],
  ['a DEL character', ['a\u007f'], ['text']],
  ['null', [null], ['uuid']],
] as const)('%s is refused', (_what, parts, shape) => {
  bad(encodeCursor(parts as never), shape);
});
