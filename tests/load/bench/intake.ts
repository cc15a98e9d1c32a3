import { drainageRequest } from '../../support/api/demo-people';
import { cpuMeter } from './cpu';
import { openDistrict, pick } from './people';
import { duplicateOrderNumbers, prefillDistrict, type PrefillResult } from './prefill';
import type { Target } from './target';
import { closedLoops } from './workers';

export interface IntakeRun {
  district: 'empty' | 'full';
  clients: number;
  perSecond: number;
  registered: number;
  failed: number;
  cpuMsPerRegistration: number;
}

export interface IntakeResult {
  runs: IntakeRun[];
  prefill: PrefillResult;
  /** Order numbers held by two requests of one district, per district: must be 0. */
  duplicateOrderNumbers: { empty: number; full: number };
}

/** A registration as a call centre takes it: the demo's drainage complaint, at one of 300 doors. */
export const registration = (call: number) => drainageRequest({ address: `南池子大街 ${1 + (call % 300)} 号` });

/**
 * Durable intake: POST /requests → 201 (committed with its outbox row) per second at each
 * concurrency, first on a fresh district, then on one already holding `prefill` requests this month.
 */
export async function intakeStage(target: Target, clients: number[], seconds: number, prefill: number, log: (line: string) => void): Promise<IntakeResult> {
  const runs: IntakeRun[] = [];
  const duplicates = { empty: 0, full: 0 };
  let prefillResult: PrefillResult | null = null;
  for (const kind of ['empty', 'full'] as const) {
    const district = await openDistrict(target.gateway, `bench-intake-${kind}`);
    if (kind === 'full') {
      log(`  prefilling ${district.tenantId} with ${prefill.toLocaleString('en-US')} requests this month (COPY)…`);
      prefillResult = await prefillDistrict(target.databaseUrl, district.tenantId, prefill);
      log(`  prefilled in ${prefillResult.seconds.toFixed(1)} s (order numbers ${prefillResult.firstOrderNo} … ${prefillResult.lastOrderNo})`);
    }
    for (const concurrency of clients) {
      const cpu = cpuMeter(() => target.cpuRoots());
      const run = await closedLoops(concurrency, seconds, async (call) => (await pick(district.agents, call).post('/requests', registration(call))).status === 201);
      const cpuMs = cpu.stop();
      const result: IntakeRun = { district: kind, clients: concurrency, perSecond: run.ok / run.seconds, registered: run.ok, failed: run.failed, cpuMsPerRegistration: cpuMs / Math.max(1, run.ok) };
      runs.push(result);
      log(`  POST /requests, ${kind} district, ${concurrency} clients: ${result.perSecond.toFixed(0)}/s, ${result.failed} failed, ${result.cpuMsPerRegistration.toFixed(2)} ms CPU each`);
    }
    const check = await duplicateOrderNumbers(target.databaseUrl, district.tenantId);
    duplicates[kind] = check.duplicated;
    log(`  ${check.requests} requests in ${district.tenantId}, ${check.duplicated} order numbers held twice`);
  }
  return { runs, prefill: prefillResult!, duplicateOrderNumbers: duplicates };
}
