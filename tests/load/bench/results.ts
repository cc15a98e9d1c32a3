import type { JetStreamBaseline, PgBaseline } from './baselines';
import type { Ceiling } from './ceiling';
import type { RateResult } from './fixed-rate';
import type { LoopResult } from './full-loop';
import type { IntakeResult } from './intake';
import type { BenchOptions } from './options';
import type { ReportingScaleResult } from '../reporting-scale/reporting-scale';

/** Everything one bench run measured: written as JSON under tests/load/results/ and printed as one table. */
export interface BenchResults {
  startedAt: string;
  mode: 'distributed' | 'embedded';
  machine: string;
  /** CPU the system used per second while nobody called it (pollers, timers), after start-up. */
  idleCpuMsPerSecond: number | null;
  options: BenchOptions;
  baselines: { postgres: PgBaseline[]; jetStream: JetStreamBaseline[] } | null;
  intake: IntakeResult | null;
  loop: (LoopResult & { ceiling: Ceiling | null; ceilingConcurrency: number | null }) | null;
  latency: RateResult[] | null;
  reporting: ReportingScaleResult | null;
  memory: { idleKb: Record<string, number>; endKb: Record<string, number> | null } | null;
  problems: string[];
}
