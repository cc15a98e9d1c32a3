import { ratio } from './ceiling';
import type { BenchResults } from './results';
import { grouped, megabytes, millis, percent, perSecond, type Row } from './table';

const IDLE_RSS_GOAL_KB = 150 * 1024;

/** The table's lines, part by part, from whatever stages ran. */
export function benchRows(results: BenchResults): Row[] {
  const idle: Row[] =
    results.idleCpuMsPerSecond === null ? [] : [{ part: '0 idle', what: 'CPU of the idle system (services + PostgreSQL + nats-server)', result: `${millis(results.idleCpuMsPerSecond)} per second`, compared: 'pollers and timers; part of every CPU figure below' }];
  return [...idle, ...baselineRows(results), ...intakeRows(results), ...loopRows(results), ...latencyRows(results), ...reportingRows(results), ...memoryRows(results), ...problemRows(results)];
}

function baselineRows({ baselines }: BenchResults): Row[] {
  if (!baselines) return [];
  return [
    ...baselines.postgres.map((b) => ({ part: '1 baseline', what: `raw PG ${b.shape}, ${b.clients} client${b.clients > 1 ? 's' : ''}`, result: perSecond(b.perSecond), compared: 'fsync + synchronous_commit on' })),
    ...baselines.jetStream.map((b) => ({ part: '1 baseline', what: `raw JetStream publish, ${b.how}${b.inFlight > 1 ? ` (${b.inFlight} in flight)` : ''}`, result: perSecond(b.perSecond), compared: 'file stream, sync_interval: always' })),
  ];
}

function intakeRows({ intake, baselines }: BenchResults): Row[] {
  if (!intake) return [];
  const raw = (shape: string, clients: number) => baselines?.postgres.find((b) => b.shape === shape && b.clients === clients)?.perSecond;
  const rows: Row[] = intake.runs.map((run) => {
    const empty = intake.runs.find((other) => other.district === 'empty' && other.clients === run.clients);
    const versusEmpty = run.district === 'full' && empty ? `; ${percent(ratio(run.perSecond, empty.perSecond))} of the empty district's rate` : '';
    return {
      part: '2 intake',
      what: `POST /requests → 201, ${run.district === 'empty' ? 'empty district' : `district with ${grouped(intake.prefill.count)} this month`}, ${run.clients} client${run.clients > 1 ? 's' : ''}`,
      result: `${perSecond(run.perSecond)}, ${millis(run.cpuMsPerRegistration)} CPU each${run.failed ? `, ${run.failed} failed` : ''}`,
      compared: `${percent(ratio(run.perSecond, raw('row+outbox 4 round trips', run.clients)))} of raw 4-RT, ${percent(ratio(run.perSecond, raw('row+outbox one statement (CTE)', run.clients)))} of raw CTE${versusEmpty}`,
    };
  });
  rows.push({ part: '2 intake', what: 'prefill (COPY into intake.residents, requests, request_history)', result: `${grouped(intake.prefill.count)} in ${intake.prefill.seconds.toFixed(1)} s`, compared: `order numbers continue after ${intake.prefill.lastOrderNo}` });
  rows.push({ part: '2 intake', what: 'order numbers held by two requests (SQL)', result: `${intake.duplicateOrderNumbers.empty} empty, ${intake.duplicateOrderNumbers.full} full`, compared: 'must be 0' });
  return rows;
}

function loopRows({ loop, mode }: BenchResults): Row[] {
  if (!loop) return [];
  const part = '3 full loop';
  const events = loop.streamEventsPerLoop ?? loop.outboxEventsPerLoop;
  const rows: Row[] = [
    {
      part,
      what: `${grouped(loop.completed)} of ${grouped(loop.loops)} loops register → dispatched → signed → replied → callback → in the rates`,
      result: `${grouped(loop.loopsPerSecond)} loops/s (${loop.seconds.toFixed(1)} s)`,
      compared: loop.ceiling ? `${percent(ratio(loop.loopsPerSecond, loop.ceiling.loopsPerSecond))} of the ceiling` : 'no ceiling: run with --stage baselines',
    },
  ];
  if (loop.ceiling) {
    const jetStream = loop.ceiling.byJetStream === null ? '' : `, best raw JetStream ÷ ${grouped(events)} events = ${grouped(loop.ceiling.byJetStream)}`;
    rows.push({ part, what: `ceiling (limited by ${loop.ceiling.limitedBy})`, result: `${grouped(loop.ceiling.loopsPerSecond)} loops/s`, compared: `raw PG 4-RT @${loop.ceilingConcurrency} ÷ ${grouped(loop.writeTransactionsPerLoop)} write tx = ${grouped(loop.ceiling.byPostgres)}${jetStream}` });
  }
  rows.push(
    { part, what: 'commits per loop (pg_stat_database xact_commit)', result: grouped(loop.commitsPerLoop), compared: `${grouped(loop.writeTransactionsPerLoop)} of them wrote (xids)` },
    { part, what: 'events per loop', result: grouped(events), compared: mode === 'distributed' ? `stream messages; ${grouped(loop.outboxEventsPerLoop)} outbox rows` : 'outbox rows (in-process broker)' },
    { part, what: 'CPU per loop (services + PostgreSQL + nats-server)', result: millis(loop.cpuMsPerLoop), compared: '' },
    ...loop.backlog.map((series) => ({ part, what: `backlog ${series.name} (sampled each second)`, result: `max ${grouped(series.max)}, mean ${grouped(series.mean)}`, compared: `at the end ${grouped(series.last)}` })),
    { part, what: 'lost / counted twice (every registered request in the rates once)', result: `${loop.lost} / ${loop.countedTwice}`, compared: `${loop.failures.length} loops failed, ${loop.retries} steps retried (409/404 before the event arrived)` },
  );
  return rows;
}

function latencyRows({ latency, mode }: BenchResults): Row[] {
  return (latency ?? []).map((rate) => ({
    part: '4 latency',
    what: `registration → assignment ${mode === 'distributed' ? 'on JetStream' : 'committed'}, ${rate.rate}/s for ${rate.seconds} s (open model)`,
    result: `p50 ${millis(rate.toAssignment.p50)}, p95 ${millis(rate.toAssignment.p95)}, p99 ${millis(rate.toAssignment.p99)}`,
    compared: `201 p99 ${millis(rate.registration.p99)}; ${rate.errors} errors, ${rate.timeouts} timeouts, ${rate.unassigned} never assigned of ${grouped(rate.sent)}`,
  }));
}

function reportingRows({ reporting }: BenchResults): Row[] {
  if (!reporting) return [];
  const part = '5 reporting';
  const facts = `${grouped(reporting.facts)} request facts`;
  return [
    { part, what: `seed: ${facts}, 2 districts, 300 units, 36 months (COPY)`, result: reporting.cached ? 'cached' : `${reporting.seedSeconds!.toFixed(0)} s`, compared: 'kept under /var/tmp/civicloop-bench by size and seed' },
    { part, what: 'rebuild every month count from the facts (the read path)', result: `${reporting.rebuildSeconds.toFixed(1)} s`, compared: `per month p50 ${millis(reporting.recountPerMonth.p50)}, max ${millis(reporting.recountPerMonth.max)}` },
    { part, what: 'monthly ranking (unit level)', result: `p50 ${millis(reporting.ranking.p50)}, p99 ${millis(reporting.ranking.p99)}`, compared: 'goal p99 < 300 ms' },
    { part, what: "a unit's 12-month trend", result: `p50 ${millis(reporting.trend.p50)}, p99 ${millis(reporting.trend.p99)}`, compared: '' },
    { part, what: 'hotspots of a month (category or place, beside the month before)', result: `p50 ${millis(reporting.hotspots.p50)}, p99 ${millis(reporting.hotspots.p99)}`, compared: '' },
    ...reporting.spotChecks.map((check) => ({
      part,
      what: `spot check ${check.tenant} ${check.month}: dispatched and callbacks against the facts`,
      result: `${grouped(check.dispatched)} / ${grouped(check.factsDispatched)}, ${grouped(check.callbacks)} / ${grouped(check.factsCallbacks)}`,
      compared: check.ok ? 'equal' : 'DIFFERENT',
    })),
  ];
}

function memoryRows({ memory }: BenchResults): Row[] {
  if (!memory) return [];
  return Object.entries(memory.idleKb).map(([name, idle]) => ({
    part: '6 memory',
    what: `RSS ${name}`,
    result: `idle ${megabytes(idle)}${memory.endKb ? `, after the loop ${megabytes(memory.endKb[name])}` : ''}`,
    compared: idle <= IDLE_RSS_GOAL_KB ? 'idle within 150 MB' : 'idle above 150 MB',
  }));
}

function problemRows({ problems }: BenchResults): Row[] {
  return problems.map((problem) => ({ part: 'PROBLEM', what: problem.split('\n')[0], result: '', compared: '' }));
}
