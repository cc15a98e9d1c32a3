import { parseOptions } from './options';

describe('bench options', () => {
  it('runs every stage at full size by default', () => {
    const options = parseOptions([]);
    expect(options.stages).toEqual(['baselines', 'intake', 'loop', 'latency', 'reporting', 'memory']);
    expect(options).toMatchObject({ embedded: false, smoke: false, replay: false, clients: [1, 4, 16, 32], prefill: 1_000_000, loops: 10_000, rates: [50, 200, 500], rateSeconds: 20, facts: 100_000_000 });
  });

  it('keeps the smoke mode small, and lets a size given beside it win', () => {
    expect(parseOptions(['--smoke'])).toMatchObject({ smoke: true, loops: 300, prefill: 20_000, clients: [1, 4] });
    expect(parseOptions(['--loops', '500', '--smoke']).loops).toBe(500);
  });

  it('runs named stages in the bench order, given repeated or comma-separated', () => {
    expect(parseOptions(['--stage', 'intake', '--stage', 'baselines']).stages).toEqual(['baselines', 'intake']);
    expect(parseOptions(['--stage', 'latency,loop', '--embedded'])).toMatchObject({ stages: ['loop', 'latency'], embedded: true });
  });

  it('replays part of a year at a scale, in distributed mode only', () => {
    expect(parseOptions(['--replay', '--days', '30', '--scale', '0.01'])).toMatchObject({ replay: true, days: 30, scale: 0.01 });
    expect(parseOptions(['--replay', '--smoke'])).toMatchObject({ replay: true, days: 1 });
    expect(() => parseOptions(['--replay', '--embedded'])).toThrow(/distributed mode only/);
  });

  it('reads lists and sizes', () => {
    expect(parseOptions(['--clients', '2,8', '--rates', '100', '--prefill', '50000'])).toMatchObject({ clients: [2, 8], rates: [100], prefill: 50_000 });
  });

  it('refuses an unknown stage or option, a missing value and a size that is not positive', () => {
    expect(() => parseOptions(['--stage', 'replay'])).toThrow(/unknown stage "replay"/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option --fast/);
    expect(() => parseOptions(['--loops'])).toThrow(/--loops needs a value/);
    expect(() => parseOptions(['--loops', '0'])).toThrow(/positive number/);
    expect(() => parseOptions(['--clients', '4,x'])).toThrow(/positive number/);
  });
});
