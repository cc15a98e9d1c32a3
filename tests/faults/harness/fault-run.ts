import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { eventually, freshTenantId, ApiClient } from '../../support/api/api-client';
import { operator } from '../../support/api/demo-people';
import type { GatewayTarget } from '../../support/api/test-tokens';
import { whenBacklogEmpty, type BacklogSource } from './backlog';
import { checkEffects, type Verdict } from './effects-check';
import { DEFAULT_CLIENT, LoopClient, type LoopClientOptions } from './loop-client';

/** A system under test: its gateway, and where to read its data and its backlog. */
export interface FaultTarget extends BacklogSource {
  gateway: GatewayTarget;
}

/** One fault: `inject` breaks something, waits, heals it, and resolves to the moment it healed. */
export interface Scenario {
  name: string;
  inject(): Promise<{ healedAt: number }>;
}

export interface RunResult extends Verdict {
  scenario: string;
  run: number;
  attempted: number;
  acknowledged: number;
  failed: number;
  unknown: number;
  /** Commands retried with their key after an unknown outcome: the idempotency path was taken. */
  retried: number;
  stalledLoops: number;
  /** Heal → the first command acknowledged after it (ms). */
  firstSuccessMs?: number;
  /** Heal → outbox and consumer lag first seen at zero (ms). */
  lagZeroMs?: number;
  failures: string[];
}

export interface RunTiming {
  /** Load before the fault, and after the heal, before the client stops starting loops. */
  warmUpMs: number;
  afterHealMs: number;
  /** Bound on the backlog draining once the loops are done. */
  drainMs: number;
}

export const DEFAULT_TIMING: RunTiming = { warmUpMs: 5_000, afterHealMs: 10_000, drainMs: 120_000 };

/**
 * One run of a scenario on a fresh district: the client drives the loop at a fixed rate, the fault
 * comes and goes, the client stops, the backlog drains, and the data is checked against the op log.
 */
export async function runScenario(
  target: FaultTarget,
  scenario: Scenario,
  run: number,
  timing: RunTiming = DEFAULT_TIMING,
  clientOptions: LoopClientOptions = DEFAULT_CLIENT,
  /** Runs after the drain, before the check (the judge's own test plants findings with it). */
  beforeCheck?: (tenantId: string, client: LoopClient) => Promise<void>,
): Promise<RunResult> {
  const tenantId = freshTenantId('fault');
  await openDistrict(target.gateway, tenantId);
  const client = new LoopClient(target.gateway, tenantId, `f${randomUUID().slice(0, 8)}`, clientOptions);
  client.start();
  await sleep(timing.warmUpMs);
  const { healedAt } = await scenario.inject();
  const lagZero = whenBacklogEmpty(target, timing.afterHealMs + clientOptions.stepWaitMs + timing.drainMs);
  await sleep(timing.afterHealMs);
  await client.finish();
  const drained = await whenBacklogEmpty(target, timing.drainMs);
  await beforeCheck?.(tenantId, client);
  const verdict = await settledVerdict(target, tenantId, client, drained !== undefined);
  const lagZeroAt = await lagZero;
  const firstSuccessAt = client.log.firstSuccessAfter(healedAt);
  return {
    scenario: scenario.name,
    run,
    attempted: client.log.count(),
    acknowledged: client.log.count('ok'),
    failed: client.log.count('failed'),
    unknown: client.log.count('unknown'),
    retried: client.log.retried(),
    stalledLoops: client.loops.filter((loop) => loop.stalledAt).length,
    firstSuccessMs: firstSuccessAt === undefined ? undefined : firstSuccessAt - healedAt,
    lagZeroMs: lagZeroAt === undefined ? undefined : lagZeroAt - healedAt,
    failures: client.log.failures(),
    ...verdict,
    problems: [...(drained === undefined ? [`the backlog did not drain within ${timing.drainMs} ms`] : []), ...verdict.problems],
  };
}

/**
 * The read models converge after the backlog is empty, but a message nak'ed with a delay is not
 * in the lag: a verdict with findings is taken again for a while before it counts.
 */
async function settledVerdict(target: FaultTarget, tenantId: string, client: LoopClient, drained: boolean): Promise<Verdict> {
  const deadline = Date.now() + (drained ? 20_000 : 0);
  for (;;) {
    const verdict = await checkEffects(target.databaseUrl, tenantId, client);
    if ((verdict.lost === 0 && verdict.duplicated === 0 && verdict.unexpected === 0) || Date.now() > deadline) return verdict;
    await sleep(1_000);
  }
}

async function openDistrict(gateway: GatewayTarget, tenantId: string): Promise<void> {
  await eventually(
    `district ${tenantId} to open`,
    async () => {
      const opened = await new ApiClient(gateway, tenantId, operator).post('/districts', { tenantId, name: '故障区', template: 'demo' });
      if (opened.status >= 500) return undefined;
      if (opened.status !== 201) throw new Error(`opening the district answered ${opened.status}`);
      return true;
    },
    60_000,
  );
}

/** Runs a scenario `runs` times, one after another. */
export async function runRepeatedly(target: FaultTarget, scenario: Scenario, runs: number, timing?: RunTiming): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (let run = 1; run <= runs; run++) results.push(await runScenario(target, scenario, run, timing));
  return results;
}
