import { setTimeout as sleep } from 'node:timers/promises';
import type { Identity } from '../../support/api/api-client';
import { agent, dispatcher, donghuaStaff, drainageRequest } from '../../support/api/demo-people';
import type { GatewayTarget } from '../../support/api/test-tokens';
import { OpLog, type OpKind, type OpRecord } from './op-log';

export interface LoopClientOptions {
  /** New loops started per second, whatever the answers (a fixed rate, not a closed loop). */
  ratePerSecond: number;
  /** Upper bound on loops, so a run is bounded in count as well as time. */
  maxLoops: number;
  attemptTimeoutMs: number;
  /** How long one command is retried on unknown outcomes before the client gives up ("unknown"). */
  retryBudgetMs: number;
  /** How long a loop waits for the read side (dispatched, signed, replied) before it stalls. */
  stepWaitMs: number;
}

export const DEFAULT_CLIENT: LoopClientOptions = { ratePerSecond: 2, maxLoops: 400, attemptTimeoutMs: 10_000, retryBudgetMs: 120_000, stepWaitMs: 150_000 };

/** One request's way through the loop, as far as the client got. */
export interface LoopState {
  n: number;
  /** Written into the request's address, so the checker can tell whose request a row is. */
  marker: string;
  requestId?: string;
  assignmentId?: string;
  /** The read side did not show the next step in time (the loop stopped there). */
  stalledAt?: string;
}

interface Answer {
  status: number;
  body: any;
}

/**
 * A client of the gateway that drives the full loop at a fixed rate — register → (dispatched) →
 * sign → (signed) → reply → (replied) → callback — with an Idempotency-Key per command, retried
 * with that key on a timeout, a broken connection, a 5xx or 429, as a real client would; every
 * command goes into the op log with what it was told.
 */
export class LoopClient {
  readonly log = new OpLog();
  readonly loops: LoopState[] = [];
  private readonly running: Promise<void>[] = [];
  private launcher: NodeJS.Timeout | null = null;

  constructor(
    private readonly gateway: GatewayTarget,
    private readonly tenantId: string,
    /** Unique per run: part of every marker and Idempotency-Key. */
    readonly runTag: string,
    private readonly options: LoopClientOptions = DEFAULT_CLIENT,
  ) {}

  start(): void {
    this.launch();
    this.launcher = setInterval(() => this.launch(), 1000 / this.options.ratePerSecond);
  }

  stopLaunching(): void {
    if (this.launcher) clearInterval(this.launcher);
    this.launcher = null;
  }

  /** Stops launching and waits for the loops in flight (each bounded by its own retry and wait budgets). */
  async finish(): Promise<void> {
    this.stopLaunching();
    await Promise.allSettled(this.running);
  }

  static markerPattern(runTag: string): RegExp {
    return new RegExp(`^${runTag} 第(\\d+)号$`);
  }

  private launch(): void {
    if (this.loops.length >= this.options.maxLoops) return this.stopLaunching();
    const loop: LoopState = { n: this.loops.length, marker: `${this.runTag} 第${this.loops.length}号` };
    this.loops.push(loop);
    this.running.push(this.drive(loop).catch((error) => void (loop.stalledAt = `error: ${String(error)}`)));
  }

  private async drive(loop: LoopState): Promise<void> {
    const registered = await this.command(loop.n, 'register', agent, '/requests', drainageRequest({ address: loop.marker }));
    if (registered?.status !== 201) return;
    loop.requestId = registered.body.id;
    const assignment = await this.waitFor(loop, 'dispatched', async () => {
      const list = await this.get(dispatcher, `/requests/${loop.requestId}/assignments`);
      return Array.isArray(list?.body) ? list.body.find((a: { attempt: number; status: string }) => a.attempt === 1 && a.status !== 'withdrawn') : undefined;
    });
    if (!assignment) return;
    loop.assignmentId = assignment.id;
    const signed = await this.command(loop.n, 'sign', donghuaStaff, `/assignments/${loop.assignmentId}/sign`, {});
    if (signed?.status !== 200 || !(await this.waitForFeedback(loop, 'signed'))) return;
    const replied = await this.command(loop.n, 'reply', donghuaStaff, `/assignments/${loop.assignmentId}/reply`, { outcome: 'solved', text: '已疏通。' });
    if (replied?.status !== 201 || !(await this.waitForFeedback(loop, 'replied'))) return;
    await this.command(loop.n, 'callback', agent, `/requests/${loop.requestId}/callbacks`, { reached: true, solved: true, satisfaction: 'satisfied' });
  }

  private waitForFeedback(loop: LoopState, status: string) {
    return this.waitFor(loop, status, async () => ((await this.get(agent, `/requests/${loop.requestId}/feedback`))?.body?.status === status ? true : undefined));
  }

  /** Polls the read side until `check` gives a value; on timeout records where the loop stalled. */
  private async waitFor<T>(loop: LoopState, step: string, check: () => Promise<T | undefined>): Promise<T | undefined> {
    const deadline = Date.now() + this.options.stepWaitMs;
    while (Date.now() < deadline) {
      const value = await check().catch(() => undefined);
      if (value !== undefined) return value;
      await sleep(250);
    }
    loop.stalledAt = step;
    return undefined;
  }

  /** One command with its Idempotency-Key, retried with the same key until a definite answer or the budget is spent. */
  private async command(loop: number, kind: OpKind, who: Identity, path: string, body: unknown): Promise<Answer | undefined> {
    const record = this.log.begin(loop, kind, `${this.runTag}-${loop}-${kind}`);
    const deadline = Date.now() + this.options.retryBudgetMs;
    for (let backoffMs = 200; ; backoffMs = Math.min(backoffMs * 2, 2_000)) {
      record.attempts += 1;
      const answer = await this.post(who, path, body, record);
      if (answer && answer.status < 500 && answer.status !== 429) {
        record.outcome = answer.status < 300 ? 'ok' : 'failed';
        if (record.outcome === 'failed') record.detail = answer.body?.code;
        record.endedAt = Date.now();
        return answer;
      }
      if (Date.now() + backoffMs > deadline) break;
      await sleep(backoffMs);
    }
    record.endedAt = Date.now();
    return undefined;
  }

  private async post(who: Identity, path: string, body: unknown, record: OpRecord): Promise<Answer | undefined> {
    try {
      const response = await fetch(`${this.gateway.url}/api/v1${path}`, {
        method: 'POST',
        headers: { ...(await this.headers(who)), 'content-type': 'application/json', 'idempotency-key': record.key },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.attemptTimeoutMs),
      });
      record.status = response.status;
      return { status: response.status, body: await parse(response) };
    } catch (error) {
      record.detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return undefined;
    }
  }

  private async get(who: Identity, path: string): Promise<Answer | undefined> {
    const response = await fetch(`${this.gateway.url}/api/v1${path}`, { headers: await this.headers(who), signal: AbortSignal.timeout(this.options.attemptTimeoutMs) });
    return response.ok ? { status: response.status, body: await parse(response) } : undefined;
  }

  private async headers(who: Identity): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.gateway.tokens(who, this.tenantId)}` };
  }
}

async function parse(response: Response): Promise<any> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}
