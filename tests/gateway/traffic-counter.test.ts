import { TrafficCounter } from '../../gateway/traffic/counter';

/** The gateway's in-memory request counts (gateway/traffic/counter.ts), before any of them is stored. */
function counterOn(day: { now: string }) {
  return new TrafficCounter(() => day.now);
}

test('each request counts once, by kind, and the peak is the most in flight at once', () => {
  const day = { now: '2026-03-01' };
  const counter = counterOn(day);
  const a = counter.begin();
  const b = counter.begin();
  const c = counter.begin();
  a('query');
  b('mutation');
  // A second end of the same request changes nothing: neither the counts nor the requests in flight.
  b('mutation');
  const d = counter.begin();
  c(null);
  d('subscription');
  expect(counter.concurrent).toBe(0);
  expect(counter.take()).toEqual(
    new Map([['2026-03-01', { requests: 4, queries: 1, mutations: 1, refused: 1, peakConcurrency: 3 }]]),
  );
  expect(counter.take().size).toBe(0);
});

test('a request is counted on the day it started, even when it ends after midnight', () => {
  const day = { now: '2026-03-01' };
  const counter = counterOn(day);
  const late = counter.begin();
  day.now = '2026-03-02';
  const early = counter.begin();
  late('query');
  early('query');
  const taken = counter.take();
  expect(taken.get('2026-03-01')).toMatchObject({ requests: 1, queries: 1, peakConcurrency: 1 });
  expect(taken.get('2026-03-02')).toMatchObject({ requests: 1, queries: 1, peakConcurrency: 2 });
});

test('counts a flush could not store come back, added to those counted meanwhile', () => {
  const day = { now: '2026-03-01' };
  const counter = counterOn(day);
  const first = counter.begin();
  const second = counter.begin();
  first('query');
  second('query');
  const failed = counter.take();
  counter.begin()('mutation');
  counter.putBack(failed);
  expect(counter.take().get('2026-03-01')).toEqual({
    requests: 3,
    queries: 2,
    mutations: 1,
    refused: 0,
    peakConcurrency: 2,
  });
});
