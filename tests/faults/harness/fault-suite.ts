import { runRepeatedly, type FaultTarget, type RunTiming, type Scenario } from './fault-run';
import { anomalies, cleanRuns, recordResults } from './results-table';

/** Runs per scenario: FAULT_RUNS (tests/faults/run-full.js sets 3); CI's short suite runs each once. */
export const FAULT_RUNS = Number(process.env.FAULT_RUNS ?? 3);

/** Bound on one scenario's runs: load, fault, heal, the loops finishing and the drain, per run. */
export const SCENARIO_TIMEOUT_MS = (runs: number) => runs * 6 * 60_000;

/** Runs a scenario, prints and keeps its table, and asserts 0 lost, 0 duplicated, 0 unexpected in every run. */
export async function expectNoAnomalies(target: FaultTarget, scenario: Scenario, runs = FAULT_RUNS, timing?: RunTiming): Promise<void> {
  const results = await runRepeatedly(target, scenario, runs, timing);
  recordResults(results);
  expect(anomalies(results)).toEqual(cleanRuns(results));
  // Every run acknowledged work after the heal: the system came back, not only stayed consistent.
  expect(results.map((result) => result.firstSuccessMs !== undefined)).toEqual(results.map(() => true));
}
