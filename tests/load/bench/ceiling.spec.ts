import { loopCeiling, nearestConcurrency, ratio } from './ceiling';

describe('the full loop ceiling from the same run’s baselines', () => {
  it('is PostgreSQL’s rate over the commits per loop when that is the lower', () => {
    expect(loopCeiling({ postgresPerSecond: 5_500, commitsPerLoop: 22, jetStreamPerSecond: 40_000, eventsPerLoop: 8 })).toEqual({
      loopsPerSecond: 250,
      limitedBy: 'postgresql',
      byPostgres: 250,
      byJetStream: 5_000,
    });
  });

  it('is the durable JetStream rate over the events per loop when that is the lower', () => {
    const ceiling = loopCeiling({ postgresPerSecond: 5_500, commitsPerLoop: 11, jetStreamPerSecond: 4_000, eventsPerLoop: 10 });
    expect(ceiling).toMatchObject({ loopsPerSecond: 400, limitedBy: 'jetstream', byPostgres: 500 });
  });

  it('has no JetStream bound in the embedded mode', () => {
    expect(loopCeiling({ postgresPerSecond: 3_000, commitsPerLoop: 12, eventsPerLoop: 8 })).toMatchObject({ loopsPerSecond: 250, byJetStream: null });
  });

  it('picks the measured concurrency nearest by ratio', () => {
    expect(nearestConcurrency([1, 4, 16, 32], 32)).toBe(32);
    expect(nearestConcurrency([1, 4, 16, 32], 20)).toBe(16);
    expect(nearestConcurrency([1, 4, 16, 32], 256)).toBe(32);
    expect(nearestConcurrency([1, 4], 2)).toBe(1);
    expect(() => nearestConcurrency([], 8)).toThrow();
  });

  it('gives no ratio against a missing or zero rate', () => {
    expect(ratio(300, 600)).toBe(0.5);
    expect(ratio(300, 0)).toBeNull();
    expect(ratio(300, undefined)).toBeNull();
  });
});
