import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RunResult } from './fault-run';

/**
 * Where tests/faults/run-full.js collects the matrix: a file of its own per invocation, so a CI run
 * of the faults project in the same working tree never adds rows to it. Unset: only printed.
 */
export const RESULTS_FILE = process.env.FAULT_RESULTS_FILE;

/** Prints the scenario's row (and keeps every run's result in RESULTS_FILE when there is one). */
export function recordResults(results: RunResult[]): void {
  if (RESULTS_FILE) {
    mkdirSync(dirname(RESULTS_FILE), { recursive: true });
    for (const result of results) appendFileSync(RESULTS_FILE, `${JSON.stringify({ ...result, at: new Date().toISOString() })}\n`);
  }
  process.stdout.write(`${formatTable(results)}\n`);
  const problems = results.flatMap((result) => [
    ...result.failures.map((failure) => `  run ${result.run}: refused (what the 4xx meant): ${failure}`),
    ...(result.stalledLoops ? [`  run ${result.run}: ${result.stalledLoops} loops stalled waiting for the read side`] : []),
    ...result.problems.map((problem) => `  run ${result.run}: ${problem}`),
  ]);
  if (problems.length) process.stdout.write(`${problems.slice(0, 40).join('\n')}\n`);
}

const seconds = (ms: number | undefined) => (ms === undefined ? 'never' : `${(ms / 1000).toFixed(1)} s`);
const worst = (values: Array<number | undefined>) => (values.some((v) => v === undefined) ? undefined : Math.max(...(values as number[])));
type Counted = 'attempted' | 'retried' | 'acknowledged' | 'failed' | 'unknown' | 'lost' | 'duplicated' | 'unexpected';
const COUNTED: Counted[] = ['attempted', 'retried', 'acknowledged', 'failed', 'unknown', 'lost', 'duplicated', 'unexpected'];
// Results recorded before the retried column existed count as unknown there.
const sum = (results: RunResult[], key: Counted) => results.reduce((total, result) => total + (result[key] ?? 0), 0);

const HEADER = ['scenario', 'runs', 'attempted', 'retried (same key)', 'acknowledged', 'failed (4xx)', 'unknown', 'lost', 'duplicated', 'unexpected', 'heal → first success (worst)', 'heal → lag 0 (worst)'];

/** One markdown row per scenario, summed over its runs; recovery times are the worst run's. */
export function formatTable(results: RunResult[]): string {
  const scenarios = [...new Set(results.map((result) => result.scenario))];
  const rows = scenarios.map((scenario) => {
    const runs = results.filter((result) => result.scenario === scenario);
    return [
      scenario,
      String(runs.length),
      ...COUNTED.map((key) => String(sum(runs, key))),
      seconds(worst(runs.map((run) => run.firstSuccessMs))),
      seconds(worst(runs.map((run) => run.lagZeroMs))),
    ];
  });
  return [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** What the suites assert: per run, nothing lost, nothing doubled, nothing nobody asked for. */
export function anomalies(results: RunResult[]): Array<{ scenario: string; run: number; lost: number; duplicated: number; unexpected: number }> {
  return results.map(({ scenario, run, lost, duplicated, unexpected }) => ({ scenario, run, lost, duplicated, unexpected }));
}

export function cleanRuns(results: RunResult[]) {
  return results.map(({ scenario, run }) => ({ scenario, run, lost: 0, duplicated: 0, unexpected: 0 }));
}
