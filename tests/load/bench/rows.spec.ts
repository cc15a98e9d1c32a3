import { parseOptions } from './options';
import type { BenchResults } from './results';
import { benchRows } from './rows';

const empty: BenchResults = {
  startedAt: '2026-11-24T00:00:00.000Z',
  mode: 'distributed',
  machine: '2 × test',
  options: parseOptions(['--smoke']),
  idleCpuMsPerSecond: null,
  baselines: null,
  intake: null,
  loop: null,
  latency: null,
  reporting: null,
  memory: null,
  problems: [],
};

describe('the lines of the bench table', () => {
  it('compares intake with the raw row+outbox rate at the same concurrency, and the full district with the empty one', () => {
    const rows = benchRows({
      ...empty,
      baselines: { postgres: [{ shape: 'row+outbox 4 round trips', clients: 4, perSecond: 1000 }], jetStream: [] },
      intake: {
        runs: [
          { district: 'empty', clients: 4, perSecond: 600, registered: 6000, failed: 0, cpuMsPerRegistration: 2 },
          { district: 'full', clients: 4, perSecond: 540, registered: 5400, failed: 0, cpuMsPerRegistration: 2.2 },
        ],
        prefill: { count: 1_000_000, seconds: 90, firstOrderNo: '2026-000001', lastOrderNo: '2026-1000000' },
        duplicateOrderNumbers: { empty: 0, full: 0 },
      },
    });
    const full = rows.find((row) => row.what.includes('1,000,000 this month, 4 clients'))!;
    expect(full.result).toBe('540/s, 2.20 ms CPU each');
    expect(full.compared).toBe("54.0 % of raw 4-RT, n/a of raw CTE; 90.0 % of the empty district's rate");
  });

  it('says what limits the full loop and how close it came, and lists every problem', () => {
    const rows = benchRows({
      ...empty,
      loop: {
        loops: 300, registered: 300, completed: 300, failures: [], seconds: 10, loopsPerSecond: 30, retries: 5,
        commitsPerLoop: 27, writeTransactionsPerLoop: 20, outboxEventsPerLoop: 7, streamEventsPerLoop: 7, cpuMsPerLoop: 50,
        backlog: [], lost: 0, countedTwice: 0, rates: null, ceilingConcurrency: 16,
        ceiling: { loopsPerSecond: 60, limitedBy: 'postgresql', byPostgres: 60, byJetStream: 300 },
      },
      problems: ['2 registered requests never reached the rates'],
    });
    expect(rows[0]).toMatchObject({ part: '3 full loop', result: '30.0 loops/s (10.0 s)', compared: '50.0 % of the ceiling' });
    expect(rows[1]).toMatchObject({ what: 'ceiling (limited by postgresql)', compared: 'raw PG 4-RT @16 ÷ 20.0 write tx = 60.0, best raw JetStream ÷ 7.0 events = 300' });
    expect(rows.at(-1)).toMatchObject({ part: 'PROBLEM', what: '2 registered requests never reached the rates' });
  });
});
