import { beijingToday } from '../../subgraphs/kit/city/statistics';

/** One day's counts as a gateway holds them between two flushes. */
export interface TrafficCounts {
  requests: number;
  queries: number;
  mutations: number;
  refused: number;
  /** The most requests in flight at once seen since the last flush. */
  peakConcurrency: number;
}

/** How a request ended: the kind of operation it ran, or null when it was refused before running. */
export type RequestOutcome = 'query' | 'mutation' | 'subscription' | null;

const empty = (): TrafficCounts => ({ requests: 0, queries: 0, mutations: 0, refused: 0, peakConcurrency: 0 });

/**
 * Counts requests in memory, by the Beijing day they started on: a few additions per request and no I/O, so
 * counting costs the request nothing. The flusher takes the counts every few seconds and adds them to the stored
 * ones; what it fails to store it puts back.
 */
export class TrafficCounter {
  private inFlight = 0;
  private pending = new Map<string, TrafficCounts>();

  constructor(private readonly today: () => string = () => beijingToday()) {}

  /** Requests in flight now (those begun and not yet ended). */
  get concurrent(): number {
    return this.inFlight;
  }

  /**
   * A request starts. Returns the function that records its end, once; calling it again does nothing, so a hook
   * that runs twice cannot lower the count of requests in flight below the truth.
   */
  begin(): (outcome: RequestOutcome) => void {
    const day = this.today();
    this.inFlight++;
    const counts = this.day(day);
    counts.peakConcurrency = Math.max(counts.peakConcurrency, this.inFlight);
    let ended = false;
    return (outcome) => {
      if (ended) return;
      ended = true;
      this.inFlight--;
      // The day it started, even past midnight: a visit is counted once, on one day.
      const c = this.day(day);
      c.requests++;
      if (outcome === 'query') c.queries++;
      else if (outcome === 'mutation') c.mutations++;
      else if (outcome === null) c.refused++;
    };
  }

  /** Every day's counts since the last take, leaving none behind. */
  take(): Map<string, TrafficCounts> {
    const taken = this.pending;
    this.pending = new Map();
    return taken;
  }

  /** Counts a flush could not store, back among those to store next time (added, peaks kept at their highest). */
  putBack(taken: Map<string, TrafficCounts>): void {
    for (const [day, t] of taken) {
      const c = this.day(day);
      c.requests += t.requests;
      c.queries += t.queries;
      c.mutations += t.mutations;
      c.refused += t.refused;
      c.peakConcurrency = Math.max(c.peakConcurrency, t.peakConcurrency);
    }
  }

  private day(day: string): TrafficCounts {
    let counts = this.pending.get(day);
    if (!counts) this.pending.set(day, (counts = empty()));
    return counts;
  }
}
