import { summarize } from './percentiles';

describe('latency percentiles (nearest rank)', () => {
  it('reads p50, p95 and p99 of 1..100 ms as 51, 96 and 100 ms, in any order of arrival', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ count: 100, p50: 51, p90: 91, p95: 96, p99: 100, max: 100 });
  });

  it('says NaN, not zero, for an empty sample', () => {
    expect(summarize([]).p99).toBeNaN();
  });
});
