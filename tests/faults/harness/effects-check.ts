import { withClient } from '../../support/stack/test-database';
import { SERVICE_SCHEMAS } from './backlog';
import { LoopClient, type LoopState } from './loop-client';
import type { OpKind, OpLog, Outcome } from './op-log';

export interface Verdict {
  /** Acknowledged commands with an effect missing anywhere (request, assignment, reporting, feedback). */
  lost: number;
  /** Commands whose effect is there more than once. */
  duplicated: number;
  /** Effects nobody asked for: a request no loop registered, or a step taken that was refused or never sent. */
  unexpected: number;
  deadLetters: number;
  /** One line per finding, for the failure message. */
  problems: string[];
}

/** What the database holds for one district, per request, as counts of each effect. */
interface Effects {
  requests: Array<{ id: string; address: string; status: string }>;
  assignments: Map<string, Array<{ id: string; signed: boolean }>>;
  facts: Map<string, Array<{ signed: boolean; replied: boolean }>>;
  replies: Map<string, number>;
  callbacks: Map<string, number>;
  outcomes: Set<string>;
  history: Map<string, Map<string, number>>;
  deadLetters: number;
}

/** The steps of one acknowledged loop, each as the history type that records it exactly once. */
const HISTORY_OF: Record<OpKind, string[]> = {
  register: ['request.registered', 'assignment.created'],
  sign: ['assignment.signed'],
  reply: ['reply.recorded'],
  callback: ['callback.recorded', 'request.closed'],
};

/** Compares the op log of one run with what the district's data shows, after the backlog drained. */
export async function checkEffects(databaseUrl: string, tenantId: string, client: LoopClient): Promise<Verdict> {
  const effects = await readEffects(databaseUrl, tenantId);
  const verdict: Verdict = { lost: 0, duplicated: 0, unexpected: 0, deadLetters: effects.deadLetters, problems: [] };
  const byLoop = new Map<number, Array<{ id: string; status: string }>>();
  const pattern = LoopClient.markerPattern(client.runTag);
  for (const request of effects.requests) {
    const match = pattern.exec(request.address);
    const loop = match ? Number(match[1]) : -1;
    if (!client.loops[loop]) {
      verdict.unexpected += 1;
      verdict.problems.push(`request ${request.id} (${request.address}) was registered by no loop`);
      continue;
    }
    byLoop.set(loop, [...(byLoop.get(loop) ?? []), request]);
  }
  for (const loop of client.loops) judgeLoop(loop, byLoop.get(loop.n) ?? [], effects, client.log, verdict);
  if (effects.deadLetters > 0) verdict.problems.push(`${effects.deadLetters} dead letters`);
  return verdict;
}

function judgeLoop(loop: LoopState, requests: Array<{ id: string; status: string }>, effects: Effects, log: OpLog, verdict: Verdict): void {
  const outcome = (kind: OpKind): Outcome | 'not sent' => log.of(loop.n, kind)?.outcome ?? 'not sent';
  const finding = (kind: 'lost' | 'duplicated' | 'unexpected', what: string) => {
    verdict[kind] += 1;
    verdict.problems.push(`loop ${loop.n} (${loop.requestId ?? 'no id'}): ${kind} — ${what}`);
  };
  if (requests.length > 1) finding('duplicated', `${requests.length} requests registered`);
  const request = requests[0];
  if (!request) {
    if (outcome('register') === 'ok') finding('lost', 'the acknowledged registration is not stored');
    return;
  }
  if (outcome('register') === 'failed') finding('unexpected', 'a refused registration was stored');
  if (loop.requestId && request.id !== loop.requestId) finding('unexpected', `stored as ${request.id}, answered ${loop.requestId}`);
  const assignments = effects.assignments.get(request.id) ?? [];
  const facts = effects.facts.get(request.id) ?? [];
  const history = effects.history.get(request.id) ?? new Map<string, number>();
  const signed = assignments.some((a) => a.signed);
  const replies = assignments.reduce((sum, a) => sum + (effects.replies.get(a.id) ?? 0), 0);
  const callbacks = effects.callbacks.get(request.id) ?? 0;
  // Each step: is it there (how often), and was it asked for and acknowledged?
  const steps: Record<OpKind, { copies: number; downstream: string[] }> = {
    register: { copies: assignments.length, downstream: facts.length === 0 ? ['counted in reporting'] : [] },
    sign: { copies: signed ? 1 : 0, downstream: facts.some((f) => f.signed) ? [] : ['signed in reporting'] },
    reply: { copies: replies, downstream: facts.some((f) => f.replied) ? [] : ['replied in reporting'] },
    callback: {
      copies: callbacks,
      downstream: [...(effects.outcomes.has(request.id) ? [] : ['outcome in reporting']), ...(request.status === 'closed' ? [] : [`closed (is ${request.status})`])],
    },
  };
  if (facts.length > 1) finding('duplicated', `counted ${facts.length} times in reporting`);
  for (const kind of Object.keys(steps) as OpKind[]) {
    const { copies, downstream } = steps[kind];
    const historyCopies = HISTORY_OF[kind].map((type) => [type, history.get(type) ?? 0] as const);
    const said = outcome(kind);
    if (copies > 1 || historyCopies.some(([, n]) => n > 1)) finding('duplicated', `${kind}: ${copies} effects, history ${JSON.stringify(historyCopies)}`);
    if (said === 'ok') {
      const missing = [...(copies === 0 ? [kind === 'register' ? 'its assignment' : 'its effect'] : []), ...downstream, ...historyCopies.filter(([, n]) => n === 0).map(([type]) => `history ${type}`)];
      if (missing.length) finding('lost', `acknowledged ${kind} is missing ${missing.join(', ')}`);
    } else if ((said === 'failed' || said === 'not sent') && kind !== 'register' && copies > 0) {
      finding('unexpected', `${kind} took effect though it was ${said}`);
    }
  }
}

async function readEffects(databaseUrl: string, tenantId: string): Promise<Effects> {
  return withClient(databaseUrl, async (client) => {
    const rows = async <T>(text: string) => (await client.query(text, [tenantId])).rows as T[];
    const group = <T, V>(items: T[], key: (item: T) => string, value: (item: T) => V) => {
      const map = new Map<string, V[]>();
      for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), value(item)]);
      return map;
    };
    const assignments = await rows<{ id: string; request_id: string; signed: boolean }>(
      `select id, request_id, signed_at is not null as signed from dispatch.assignments where tenant_id = $1 and attempt = 1`,
    );
    const facts = await rows<{ request_id: string; signed: boolean; replied: boolean }>(
      `select request_id, signed_at is not null as signed, replied_at is not null as replied from reporting.assignment_facts where tenant_id = $1 and unit_code is not null`,
    );
    const counted = async (text: string) => new Map((await rows<{ k: string; n: number }>(text)).map((row) => [row.k, row.n] as const));
    const history = await rows<{ request_id: string; type: string; n: number }>(
      `select request_id, type, count(*)::int as n from intake.request_history where tenant_id = $1 group by request_id, type`,
    );
    const deadLetters = SERVICE_SCHEMAS.map((schema) => `(select count(*) from ${schema}.dead_letters where tenant_id = $1)`).join(' + ');
    return {
      requests: await rows(`select id, address, status from intake.requests where tenant_id = $1`),
      assignments: group(assignments, (a) => a.request_id, (a) => ({ id: a.id, signed: a.signed })),
      facts: group(facts, (f) => f.request_id, (f) => ({ signed: f.signed, replied: f.replied })),
      replies: await counted(`select assignment_id as k, count(*)::int as n from feedback.replies where tenant_id = $1 group by assignment_id`),
      callbacks: await counted(`select request_id as k, count(*)::int as n from feedback.callbacks where tenant_id = $1 group by request_id`),
      outcomes: new Set((await rows<{ request_id: string }>(`select request_id from reporting.request_outcomes where tenant_id = $1`)).map((row) => row.request_id)),
      history: new Map([...group(history, (h) => h.request_id, (h) => [h.type, h.n] as const)].map(([id, pairs]) => [id, new Map(pairs)])),
      deadLetters: Number((await rows<{ n: string }>(`select ${deadLetters} as n`))[0].n),
    };
  });
}
