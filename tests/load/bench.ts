/**
 * `npm run bench`: issue 10's harness. Starts PostgreSQL 15 (fsync, synchronous_commit on) and
 * nats-server 2.15 (sync_interval: always) and the five services (or, with --embedded, `npm start`'s
 * one process), runs the stages, prints one markdown table and writes it with every figure to
 * tests/load/results/<timestamp>.json. Options: see bench/options.ts (`--help`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/stack/service-process';
import { waitUntilDrained } from './bench/backlog';
import { assertDurablePostgres, jetStreamBaselines, postgresBaselines, type JetStreamBaseline } from './bench/baselines';
import { loopCeiling, nearestConcurrency } from './bench/ceiling';
import { cpuMeter } from './bench/cpu';
import { fixedRateStage } from './bench/fixed-rate';
import { fullLoopStage } from './bench/full-loop';
import { intakeStage } from './bench/intake';
import { rssOf } from './bench/memory';
import { parseOptions, USAGE, type BenchOptions } from './bench/options';
import type { BenchResults } from './bench/results';
import { benchRows } from './bench/rows';
import { markdownTable } from './bench/table';
import { startDistributedTarget, startEmbeddedTarget, type Target } from './bench/target';
import { sleep } from './bench/workers';
import { DEFAULT_SHAPE } from './reporting-scale/fact-generator';
import { runReportingScale } from './reporting-scale/reporting-scale';
import { printReplay } from './replay/print-replay';
import { DEFAULT_REPLAY, runReplay } from './replay/replay';

const log = (line: string) => console.error(line);

/** How long a measured stage waits for the work earlier stages left behind (the intake stage's dispatching, above all). */
const DRAIN_TIMEOUT_MS = 180_000;

async function runStages(options: BenchOptions, target: Target, results: BenchResults): Promise<void> {
  await assertDurablePostgres(target.databaseUrl); // every figure claims durability, not only the baselines
  const idleKb = rssOf(target.services());
  const stages = new Set(options.stages);
  if (stages.has('baselines')) {
    log('1. baselines (raw PostgreSQL, raw JetStream) on the same servers');
    const postgres = await postgresBaselines(target.databaseUrl, options.clients, options.baselineSeconds, log);
    const jetStream = target.nats ? await jetStreamBaselines(target.nats.url, target.nats.monitorUrl, options.baselineSeconds, options.pipeline, log) : [];
    results.baselines = { postgres, jetStream };
  }
  if (stages.has('intake')) {
    log('2. durable intake through the gateway');
    results.intake = await intakeStage(target, options.clients, options.intakeSeconds, options.prefill, log);
    for (const kind of ['empty', 'full'] as const) {
      if (results.intake.duplicateOrderNumbers[kind] > 0) results.problems.push(`${results.intake.duplicateOrderNumbers[kind]} order numbers held twice in the ${kind} district`);
    }
    const failed = results.intake.runs.reduce((sum, run) => sum + run.failed, 0);
    if (failed > 0 && options.smoke) results.problems.push(`${failed} registrations failed in the intake stage`);
  }
  if (stages.has('loop')) {
    log(`3. full loop, ${options.loops} requests`);
    await waitUntilDrained(target.databaseUrl, target.nats?.url, DRAIN_TIMEOUT_MS, log);
    const loop = await fullLoopStage(
      target,
      { loops: options.loops, inFlight: options.loopsInFlight, httpConcurrency: options.loopHttpConcurrency, timeoutMs: Math.max(options.timeoutMs, 30_000), statsSettleMs: options.smoke ? 1_500 : 11_000 },
      log,
    );
    const rawRowOutbox = results.baselines?.postgres.filter((baseline) => baseline.shape === 'row+outbox 4 round trips') ?? [];
    // The best durable JetStream rate measured (pipelined on one connection is not always the faster).
    const jetStream = results.baselines?.jetStream.reduce<JetStreamBaseline | undefined>((best, baseline) => (!best || baseline.perSecond > best.perSecond ? baseline : best), undefined);
    const ceilingConcurrency = rawRowOutbox.length > 0 ? nearestConcurrency(rawRowOutbox.map((baseline) => baseline.clients), options.loopHttpConcurrency) : null;
    const ceiling =
      ceilingConcurrency === null
        ? null
        : loopCeiling({
            postgresPerSecond: rawRowOutbox.find((baseline) => baseline.clients === ceilingConcurrency)!.perSecond,
            commitsPerLoop: loop.writeTransactionsPerLoop,
            jetStreamPerSecond: jetStream?.perSecond,
            eventsPerLoop: loop.streamEventsPerLoop ?? loop.outboxEventsPerLoop,
          });
    results.loop = { ...loop, ceiling, ceilingConcurrency };
    if (loop.failures.length > 0) results.problems.push(`${loop.failures.length} loops failed, first: ${loop.failures[0]}`);
    if (loop.lost > 0) results.problems.push(`${loop.lost} registered requests never reached the rates`);
    if (loop.countedTwice > 0) results.problems.push(`${loop.countedTwice} requests counted more than once`);
  }
  if (stages.has('latency')) {
    log('4. registration → assignment at fixed rates (open model)');
    await waitUntilDrained(target.databaseUrl, target.nats?.url, DRAIN_TIMEOUT_MS, log);
    results.latency = await fixedRateStage(target, options.rates, options.rateSeconds, options.timeoutMs, log);
    // Timeouts are speed (reported, never a failure); an error answer or a request never assigned is not.
    const errors = results.latency.reduce((sum, rate) => sum + rate.errors, 0);
    const unassigned = results.latency.reduce((sum, rate) => sum + rate.unassigned, 0);
    if (errors > 0 && options.smoke) results.problems.push(`${errors} registrations answered with an error at a fixed rate`);
    if (unassigned > 0) results.problems.push(`${unassigned} registered requests were never assigned (fixed-rate stage)`);
  }
  if (stages.has('reporting')) {
    log(`5. reporting at scale, ${options.facts.toLocaleString('en')} request facts`);
    results.reporting = await runReportingScale({ ...DEFAULT_SHAPE, facts: options.facts }, log);
    for (const check of results.reporting.spotChecks.filter((spot) => !spot.ok)) results.problems.push(`reporting at scale: ${check.tenant} ${check.month} does not add up to its facts`);
  }
  if (stages.has('memory')) results.memory = { idleKb, endKb: stages.has('loop') ? rssOf(target.services()) : null };
  const exited = target.exited();
  if (exited.length > 0) results.problems.push(`exited during the run: ${exited.join(', ')} (tests/artifacts/logs/)`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  // node scripts/run-ts.js tests/load/bench.ts [options]: the options follow this file's path.
  const options = parseOptions(process.argv.slice(process.argv.findIndex((arg) => arg.endsWith('bench.ts')) + 1));
  if (options.replay) return replay(options);
  const startedAt = new Date();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.versions.node}`;
  const results: BenchResults = { startedAt: startedAt.toISOString(), mode: options.embedded ? 'embedded' : 'distributed', machine, options, idleCpuMsPerSecond: null, baselines: null, intake: null, loop: null, latency: null, reporting: null, memory: null, problems: [] };
  log(`bench (${results.mode}${options.smoke ? ', smoke' : ''}): stages ${options.stages.join(', ')}; ${machine}`);
  const target = options.embedded ? await startEmbeddedTarget(log) : await startDistributedTarget(log);
  let stopping: Promise<void> | null = null;
  const stop = () => (stopping ??= target.stop());
  // Nothing the bench started may outlive it: on Ctrl-C or a crash outside the stages, stop first.
  const stopAndExit = (code: number) => (error?: unknown) => {
    if (error) console.error(error);
    void stop().finally(() => process.exit(code));
  };
  process.once('SIGINT', stopAndExit(130));
  process.once('SIGTERM', stopAndExit(143));
  process.once('uncaughtException', stopAndExit(1));
  process.once('unhandledRejection', stopAndExit(1));
  try {
    await sleep(2_000); // start-up work settles before idle RSS and CPU are read
    const idle = cpuMeter(() => target.cpuRoots());
    await sleep(3_000);
    results.idleCpuMsPerSecond = idle.stop() / 3;
    await runStages(options, target, results);
  } catch (error) {
    results.problems.push(`the bench crashed: ${error instanceof Error ? error.stack : error}`);
  } finally {
    await stop();
  }
  const table = markdownTable(benchRows(results));
  console.log(`\nCivicLoop bench, ${results.mode} mode${options.smoke ? ' (smoke)' : ''}, ${startedAt.toISOString()}, ${machine}\n`);
  console.log(table);
  const dir = join(REPO_ROOT, options.resultsDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}${options.embedded ? '-embedded' : ''}${options.smoke ? '-smoke' : ''}.json`);
  writeFileSync(file, `${JSON.stringify({ ...results, table }, null, 2)}\n`);
  console.log(`\n(also in ${file})`);
  if (results.problems.length > 0) {
    console.error(`\nPROBLEMS:\n- ${results.problems.join('\n- ')}`);
    process.exitCode = 1;
  }
}

/** `--replay`: a city's year on virtual time instead of the stages (tests/load/replay). */
async function replay(options: BenchOptions): Promise<void> {
  const result = await runReplay({ ...DEFAULT_REPLAY, days: options.days, scale: options.scale }, log);
  printReplay(result);
  const dir = join(REPO_ROOT, options.resultsDir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-replay${options.smoke ? '-smoke' : ''}.json`), `${JSON.stringify(result, null, 2)}\n`);
  if (result.failures.length > 0 || result.recount.some((check) => !check.same)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
