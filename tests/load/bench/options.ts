/**
 * `npm run bench -- [options]`: which stages, which mode, and every size, with the smoke mode's
 * small defaults (CI) beside the full run's. Pure: parsed from argv, no I/O.
 */
export const STAGES = ['baselines', 'intake', 'loop', 'latency', 'reporting', 'memory'] as const;
export type Stage = (typeof STAGES)[number];

export interface BenchOptions {
  stages: Stage[];
  embedded: boolean;
  smoke: boolean;
  /** The replay of a city's year instead of the stages. */
  replay: boolean;
  /** Concurrent clients for the raw baselines and the intake stage. */
  clients: number[];
  baselineSeconds: number;
  /** JetStream publishes kept in flight by the pipelined baseline. */
  pipeline: number;
  intakeSeconds: number;
  /** Requests already registered this month in the "full" district. */
  prefill: number;
  loops: number;
  /** Loops driven at once, and HTTP calls at once among them. */
  loopsInFlight: number;
  loopHttpConcurrency: number;
  /** Requests per second of the fixed-rate latency stage, each for rateSeconds. */
  rates: number[];
  rateSeconds: number;
  /** A registration whose assignment is not visible by then counts as a timeout. */
  timeoutMs: number;
  /** Request facts seeded for reporting at scale (cached by size and seed). */
  facts: number;
  /** The replay: simulated days, and the share of Beijing's 2023 volume. */
  days: number;
  scale: number;
  resultsDir: string;
}

const FULL: Omit<BenchOptions, 'stages' | 'embedded' | 'smoke' | 'replay' | 'resultsDir'> = {
  clients: [1, 4, 16, 32],
  baselineSeconds: 5,
  pipeline: 64,
  intakeSeconds: 10,
  prefill: 1_000_000,
  loops: 10_000,
  loopsInFlight: 256,
  loopHttpConcurrency: 32,
  rates: [50, 200, 500],
  rateSeconds: 20,
  timeoutMs: 10_000,
  facts: 100_000_000,
  days: 7,
  scale: 0.001,
};

/** A few hundred loops and short stages: CI checks the bench runs and loses nothing, not its speed. */
const SMOKE: typeof FULL = {
  ...FULL,
  clients: [1, 4],
  baselineSeconds: 1,
  intakeSeconds: 2,
  prefill: 20_000,
  loops: 300,
  loopsInFlight: 64,
  loopHttpConcurrency: 16,
  rates: [50],
  rateSeconds: 3,
  facts: 20_000,
  days: 1,
  scale: 0.0002,
};

const NUMBER_FLAGS: Record<string, keyof typeof FULL> = {
  '--baseline-seconds': 'baselineSeconds',
  '--pipeline': 'pipeline',
  '--intake-seconds': 'intakeSeconds',
  '--prefill': 'prefill',
  '--loops': 'loops',
  '--in-flight': 'loopsInFlight',
  '--loop-http': 'loopHttpConcurrency',
  '--rate-seconds': 'rateSeconds',
  '--timeout-ms': 'timeoutMs',
  '--facts': 'facts',
  '--days': 'days',
  '--scale': 'scale',
};
const LIST_FLAGS: Record<string, keyof typeof FULL> = { '--clients': 'clients', '--rates': 'rates' };

export const USAGE = `npm run bench -- [--stage baselines|intake|loop|latency|reporting|memory]... [--embedded] [--smoke]
  [--clients 1,4,16,32] [--baseline-seconds 5] [--pipeline 64] [--intake-seconds 10] [--prefill 1000000]
  [--loops 10000] [--in-flight 256] [--loop-http 32] [--rates 50,200,500] [--rate-seconds 20] [--timeout-ms 10000]
  [--facts 100000000] [--results-dir tests/load/results]
npm run bench -- --replay [--days 7] [--scale 0.001] [--smoke]`;

export function parseOptions(argv: string[]): BenchOptions {
  const smoke = argv.includes('--smoke');
  const options: BenchOptions = { ...(smoke ? SMOKE : FULL), stages: [], embedded: false, smoke, replay: false, resultsDir: 'tests/load/results' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--smoke') continue;
    else if (flag === '--embedded') options.embedded = true;
    else if (flag === '--replay') options.replay = true;
    else if (flag === '--stage') options.stages.push(...value().split(',').map(stageNamed));
    else if (flag === '--results-dir') options.resultsDir = value();
    else if (flag in NUMBER_FLAGS) (options[NUMBER_FLAGS[flag]] as number) = positiveNumber(flag, value());
    else if (flag in LIST_FLAGS) (options[LIST_FLAGS[flag]] as number[]) = value().split(',').map((item) => positiveNumber(flag, item));
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (options.replay && options.embedded) throw new Error('the replay reads the event history from JetStream: distributed mode only');
  if (options.stages.length === 0) options.stages = [...STAGES];
  // Stages run in the order of STAGES whatever order they were named in.
  options.stages = STAGES.filter((stage) => options.stages.includes(stage));
  return options;
}

function stageNamed(name: string): Stage {
  if (!(STAGES as readonly string[]).includes(name)) throw new Error(`unknown stage "${name}"; one of ${STAGES.join(', ')}`);
  return name as Stage;
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} wants a positive number, not "${text}"`);
  return value;
}
