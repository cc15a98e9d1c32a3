import { Client } from 'pg';
import { summarize } from '../percentiles';
import { jetStreamFeed, outboxFeed } from './event-feed';
import { registration } from './intake';
import { openDistrict, pick } from './people';
import type { Target } from './target';
import { sleep } from './workers';

export interface RateResult {
  rate: number;
  seconds: number;
  sent: number;
  /** Scheduled send → 201. */
  registration: ReturnType<typeof summarize>;
  /** Scheduled send → assignment.created visible (on JetStream; in the embedded mode, committed in dispatch's outbox). */
  toAssignment: ReturnType<typeof summarize>;
  errors: number;
  /** No 201, or no assignment visible, within the timeout (slow, not necessarily lost). */
  timeouts: number;
  /** Requests intake stored for the district that dispatch never assigned, after a grace period (lost). */
  unassigned: number;
  /** How far behind its schedule the generator itself sent, at worst (a busy bench would hide delay otherwise). */
  maxSendLagMs: number;
}

class TimedOut extends Error {}

const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, fail) => setTimeout(() => fail(new TimedOut(`no answer within ${ms} ms`)), Math.max(0, ms)))]);

/**
 * Open model: registration i is due at start + i / rate whatever happened to the ones before it,
 * and every latency is counted from that due time, so a stall shows as delay rather than as
 * fewer requests (no coordinated omission).
 */
export async function fixedRateStage(target: Target, rates: number[], seconds: number, timeoutMs: number, log: (line: string) => void): Promise<RateResult[]> {
  const results: RateResult[] = [];
  for (const rate of rates) {
    const district = await openDistrict(target.gateway, `bench-rate-${rate}`);
    const feed = target.nats
      ? await jetStreamFeed(target.nats.url, district.tenantId, ['assignment.created'])
      : await outboxFeed(target.databaseUrl, 'dispatch', district.tenantId, ['assignment.created']);
    const registrationMs: number[] = [];
    const assignmentMs: number[] = [];
    let errors = 0;
    let timeouts = 0;
    let maxSendLagMs = 0;
    const total = Math.round(rate * seconds);
    const pending: Promise<void>[] = [];
    const send = async (i: number, due: number) => {
      try {
        const response = await within(pick(district.agents, i).post('/requests', registration(i)), timeoutMs);
        if (response.status !== 201) {
          errors++;
          return;
        }
        registrationMs.push(performance.now() - due);
        const seen = await feed.waitFor('assignment.created', response.body.id, timeoutMs - (performance.now() - due));
        assignmentMs.push(seen.seenAt - due);
      } catch (error) {
        if (error instanceof TimedOut || /within/.test(String(error))) timeouts++;
        else errors++;
      }
    };
    const start = performance.now() + 50;
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / rate;
      const early = due - performance.now();
      if (early > 1) await sleep(early);
      maxSendLagMs = Math.max(maxSendLagMs, performance.now() - due);
      pending.push(send(i, due));
    }
    await Promise.all(pending);
    await feed.close();
    const unassigned = await unassignedAfter(target.databaseUrl, district.tenantId, timeoutMs + total * 100);
    const result: RateResult = { rate, seconds, sent: total, registration: summarize(registrationMs), toAssignment: summarize(assignmentMs), errors, timeouts, unassigned, maxSendLagMs };
    results.push(result);
    log(`  ${rate}/s for ${seconds} s: registration → assignment p50 ${result.toAssignment.p50.toFixed(1)} ms, p99 ${result.toAssignment.p99.toFixed(1)} ms; ${errors} errors, ${timeouts} timeouts, ${unassigned} never assigned`);
  }
  return results;
}

/**
 * Slow is not lost: waits (up to `graceMs`) until every request intake stored for the district has
 * its assignment in dispatch, then says how many still have none.
 */
async function unassignedAfter(databaseUrl: string, tenantId: string, graceMs: number): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = performance.now() + graceMs;
    for (;;) {
      const { rows } = await client.query(
        `select count(*)::int as missing from intake.requests r
         where r.tenant_id = $1 and not exists (select 1 from dispatch.assignments a where a.tenant_id = $1 and a.request_id = r.id)`,
        [tenantId],
      );
      if (rows[0].missing === 0 || performance.now() > deadline) return rows[0].missing;
      await sleep(500);
    }
  } finally {
    await client.end();
  }
}
