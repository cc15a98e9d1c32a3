import type { ReplayResult } from './replay';

const percent = (value: unknown) => (typeof value === 'number' ? `${(value * 100).toFixed(1)} %` : '—');

export function printReplay(result: ReplayResult, log: (line: string) => void = console.log): void {
  log(`\nreplay: ${result.days} days at ${result.scale} × Beijing 2023 — ${result.requests} requests (${result.dispatched} dispatched), ${result.wallSeconds.toFixed(0)} s wall clock`);
  log(`| what | value |`);
  log(`| --- | --- |`);
  log(`| simulated days per wall-clock minute | ${result.simulatedDaysPerMinute.toFixed(2)} |`);
  log(`| a year at this scale would take | ${result.yearHours.toFixed(1)} h |`);
  log(`| Beijing 2023 (21.43 M requests) at this run's ${(result.requests / result.wallSeconds).toFixed(1)} requests/s | ${result.beijingYearHours.toFixed(0)} h |`);
  log(`| failed steps | ${result.failures.length} |`);
  log(`| steps retried while the system caught up | ${result.retries} |`);
  for (const { month, row } of result.months) {
    log(`| ${month} district: dispatched ${row?.dispatched ?? 0}, response ${percent(row?.responseRate)}, resolution ${percent(row?.resolutionRate)}, satisfaction ${percent(row?.satisfactionRate)} | index ${typeof row?.compositeIndex === 'number' ? row.compositeIndex.toFixed(3) : '—'} |`);
  }
  for (const check of result.recount) log(`| ${check.month}: rates recounted from the event history (${check.units} units) | ${check.same ? 'the same' : 'DIFFERENT'} |`);
  for (const failure of result.failures.slice(0, 10)) log(`  failure: ${failure}`);
}
