import { randomUUID } from 'node:crypto';
import { ApiClient, eventually, freshTenantId, type Identity } from '../support/api/api-client';
import { agent, dispatcher, donghuaStaff, drainageRequest, operator, resident } from '../support/api/demo-people';
import { rawCall, type RawRequest, type RawResponse } from '../support/isolation/raw-http';
import { changes, settledState, systemState } from '../support/isolation/system-state';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { TestClock } from '../support/stack/test-clock';

jest.setTimeout(240_000);

const DAY_MS = 24 * 60 * 60 * 1000;
/** Past the gateway's 1 MB of JSON. */
const OVERSIZE = 'x'.repeat(1_100_000);

/** Objects the rows point at, made once before the table runs. */
interface Fixtures {
  /** Dispatched to street-donghua, not signed. */
  dispatched: { requestId: string; assignmentId: string };
  /** Signed by street-donghua, not replied. */
  signed: { requestId: string; assignmentId: string };
}

interface Expected {
  status: number;
  code?: string;
  /** 400: a field details.problems must name. */
  field?: string;
  /** 409: the state it names and an action it allows. */
  state?: string;
  allows?: string;
}

interface Row {
  kind: string;
  what: string;
  as: Identity;
  request: (f: Fixtures) => RawRequest;
  expected: Expected;
}

const post = (path: string, body?: unknown, contentType?: string): RawRequest => ({ method: 'POST', path, body, contentType });

/**
 * The table: each row is one bad request a client could send. For every row the answer is the one
 * the contract promises, and nothing is stored (every service table, every outbox) and no event
 * reaches the stream. Rows that need the clock moved past a window run last, on their own.
 */
const ROWS: Row[] = [
  // Malformed JSON → 400
  { kind: 'malformed JSON', what: 'a registration cut off mid-object', as: agent, request: () => post('/requests', '{"channel": "hotline", "type":'), expected: { status: 400, code: 'bad-request' } },
  { kind: 'malformed JSON', what: 'a reply in single quotes', as: donghuaStaff, request: (f) => post(`/assignments/${f.signed.assignmentId}/reply`, "{'outcome': 'solved'}"), expected: { status: 400, code: 'bad-request' } },
  { kind: 'malformed JSON', what: 'a callback with a trailing comma', as: agent, request: (f) => post(`/requests/${f.signed.requestId}/callbacks`, '{"reached": false,}'), expected: { status: 400, code: 'bad-request' } },
  // Wrong types → 400 naming the field
  { kind: 'wrong type', what: 'urgency as a number', as: agent, request: () => post('/requests', drainageRequest({ urgency: 5 })), expected: { status: 400, code: 'validation-failed', field: 'urgency' } },
  { kind: 'wrong type', what: 'confidential as a string', as: agent, request: () => post('/requests', drainageRequest({ confidential: 'yes' })), expected: { status: 400, code: 'validation-failed', field: 'confidential' } },
  { kind: 'wrong type', what: 'a description as a number', as: agent, request: () => post('/requests', drainageRequest({ description: 12345 })), expected: { status: 400, code: 'validation-failed', field: 'description' } },
  { kind: 'wrong type', what: 'a reply text as a number', as: donghuaStaff, request: (f) => post(`/assignments/${f.signed.assignmentId}/reply`, { outcome: 'solved', text: 42 }), expected: { status: 400, code: 'validation-failed', field: 'text' } },
  { kind: 'wrong type', what: 'reached as the string "true"', as: agent, request: (f) => post(`/requests/${f.signed.requestId}/callbacks`, { reached: 'true' }), expected: { status: 400, code: 'validation-failed', field: 'reached' } },
  { kind: 'wrong type', what: 'co-handlers as a string', as: dispatcher, request: (f) => post(`/requests/${f.dispatched.requestId}/dispatch`, { unitCode: 'housing-bureau', note: 'x', coHandlerCodes: 'street-donghua' }), expected: { status: 400, code: 'validation-failed', field: 'coHandlerCodes' } },
  { kind: 'wrong type', what: 'an unknown reply outcome', as: donghuaStaff, request: (f) => post(`/assignments/${f.signed.assignmentId}/reply`, { outcome: 'maybe', text: '已处理' }), expected: { status: 400, code: 'validation-failed', field: 'outcome' } },
  { kind: 'wrong type', what: 'a property the API does not know', as: agent, request: () => post('/requests', drainageRequest({ priority: 'high' })), expected: { status: 400, code: 'validation-failed', field: 'priority' } },
  // Missing fields → 400 naming the field
  { kind: 'missing field', what: 'a registration without a description', as: agent, request: () => post('/requests', drainageRequest({ description: undefined })), expected: { status: 400, code: 'validation-failed', field: 'description' } },
  { kind: 'missing field', what: 'a registration without the phone', as: agent, request: () => post('/requests', drainageRequest({ residentPhone: undefined })), expected: { status: 400, code: 'validation-failed', field: 'residentPhone' } },
  { kind: 'missing field', what: 'a reply without an outcome', as: donghuaStaff, request: (f) => post(`/assignments/${f.signed.assignmentId}/reply`, { text: '已处理' }), expected: { status: 400, code: 'validation-failed', field: 'outcome' } },
  { kind: 'missing field', what: 'an objection without a reason', as: donghuaStaff, request: (f) => post(`/assignments/${f.dispatched.assignmentId}/objection`, {}), expected: { status: 400, code: 'validation-failed', field: 'reason' } },
  { kind: 'missing field', what: 'a dispatch without a unit', as: dispatcher, request: (f) => post(`/requests/${f.dispatched.requestId}/dispatch`, { note: '派单' }), expected: { status: 400, code: 'validation-failed', field: 'unitCode' } },
  { kind: 'missing field', what: 'a callback without reached', as: agent, request: (f) => post(`/requests/${f.signed.requestId}/callbacks`, { solved: true, satisfaction: 'satisfied' }), expected: { status: 400, code: 'validation-failed', field: 'reached' } },
  // Oversize → 413
  { kind: 'oversize body', what: 'a registration of 1.1 MB', as: agent, request: () => post('/requests', drainageRequest({ description: OVERSIZE })), expected: { status: 413, code: 'payload-too-large' } },
  { kind: 'oversize body', what: 'a photo of 1.1 MB', as: agent, request: (f) => post(`/requests/${f.dispatched.requestId}/attachments`, { fileName: 'a.png', contentType: 'image/png', dataBase64: OVERSIZE }), expected: { status: 413, code: 'payload-too-large' } },
  { kind: 'oversize body', what: 'a reply of 1.1 MB', as: donghuaStaff, request: (f) => post(`/assignments/${f.signed.assignmentId}/reply`, { outcome: 'solved', text: OVERSIZE }), expected: { status: 413, code: 'payload-too-large' } },
  // Wrong content type → 415
  { kind: 'wrong content type', what: 'a registration as text/plain', as: agent, request: () => post('/requests', JSON.stringify(drainageRequest()), 'text/plain'), expected: { status: 415, code: 'unsupported-media-type' } },
  { kind: 'wrong content type', what: 'a registration as a form', as: agent, request: () => post('/requests', new URLSearchParams(drainageRequest() as unknown as Record<string, string>).toString(), 'application/x-www-form-urlencoded'), expected: { status: 415, code: 'unsupported-media-type' } },
  { kind: 'wrong content type', what: 'a reply as XML', as: donghuaStaff, request: (f) => post(`/assignments/${f.signed.assignmentId}/reply`, '<reply outcome="solved"/>', 'application/xml'), expected: { status: 415, code: 'unsupported-media-type' } },
  // Unknown ids → 404
  { kind: 'unknown id', what: 'a request that does not exist', as: agent, request: () => ({ method: 'GET', path: `/requests/${randomUUID()}` }), expected: { status: 404, code: 'not-found' } },
  { kind: 'unknown id', what: 'an id that is no UUID', as: agent, request: () => ({ method: 'GET', path: '/requests/no-such-request' }), expected: { status: 404, code: 'not-found' } },
  { kind: 'unknown id', what: 'signing an unknown order', as: donghuaStaff, request: () => post(`/assignments/${randomUUID()}/sign`), expected: { status: 404, code: 'not-found' } },
  { kind: 'unknown id', what: 'replying to an unknown order', as: donghuaStaff, request: () => post(`/assignments/${randomUUID()}/reply`, { outcome: 'solved', text: '已处理' }), expected: { status: 404, code: 'not-found' } },
  { kind: 'unknown id', what: 'a callback on an unknown request', as: agent, request: () => post(`/requests/${randomUUID()}/callbacks`, { reached: true, solved: true, satisfaction: 'satisfied' }), expected: { status: 404, code: 'not-found' } },
  { kind: 'unknown id', what: 'dispatching an unknown request', as: dispatcher, request: () => post(`/requests/${randomUUID()}/dispatch`, { unitCode: 'street-donghua', note: '派单' }), expected: { status: 404, code: 'not-found' } },
  { kind: 'unknown id', what: 'deciding an unknown extension', as: dispatcher, request: () => post(`/extensions/${randomUUID()}/decision`, { decision: 'refuse', note: '无需延期' }), expected: { status: 404, code: 'not-found' } },
  // Illegal transitions → 409 naming the state and what is allowed
  { kind: 'illegal transition', what: 'reply before signing', as: donghuaStaff, request: (f) => post(`/assignments/${f.dispatched.assignmentId}/reply`, { outcome: 'solved', text: '已处理' }), expected: { status: 409, code: 'conflict', state: 'dispatched', allows: 'sign' } },
  { kind: 'illegal transition', what: 'signing twice', as: donghuaStaff, request: (f) => post(`/assignments/${f.signed.assignmentId}/sign`), expected: { status: 409, code: 'conflict', state: 'signed', allows: 'reply' } },
  { kind: 'illegal transition', what: 'a callback before the reply', as: agent, request: (f) => post(`/requests/${f.signed.requestId}/callbacks`, { reached: true, solved: true, satisfaction: 'satisfied' }), expected: { status: 409, code: 'conflict' } },
  { kind: 'illegal transition', what: 'an objection after signing', as: donghuaStaff, request: (f) => post(`/assignments/${f.signed.assignmentId}/objection`, { reason: '不属于本街道' }), expected: { status: 409, code: 'conflict', state: 'signed' } },
];

/** Replayed commands: the same Idempotency-Key gets the first answer again, and has one effect. */
const REPLAYS: Array<{ what: string; as: Identity; request: (f: Fixtures) => RawRequest }> = [
  { what: 'a registration', as: agent, request: () => post('/requests', drainageRequest({ address: '南池子大街 99 号' })) },
  { what: 'a resident’s own registration', as: resident, request: () => post('/requests', drainageRequest({ channel: 'web', address: '南池子大街 98 号' })) },
  { what: 'a reply', as: donghuaStaff, request: (f) => post(`/assignments/${f.signed.assignmentId}/reply`, { outcome: 'solved', text: '已疏通下水道。' }) },
];

describe('bad input, one row at a time: the promised answer, nothing stored, no event (distributed)', () => {
  const clock = new TestClock();
  let stack: DistributedStack;
  let tenantId: string;
  let fixtures: Fixtures;
  const call = (as: Identity, request: RawRequest) => rawCall(stack.gateway, tenantId, as, request);

  beforeAll(async () => {
    // Timers tick fast, so the deadlines the late row passes have fired before its snapshot.
    stack = await startDistributedStack('badinput', {}, { ...clock.env, CIVICLOOP_TIMER_INTERVAL_MS: '200' });
    tenantId = freshTenantId('bad');
    const opened = await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '坏输入测试区', template: 'demo' });
    expect(opened.status).toBe(201);
    const dispatched = await dispatchedOrder();
    const signed = await dispatchedOrder();
    expect((await call(donghuaStaff, post(`/assignments/${signed.assignmentId}/sign`))).status).toBe(200);
    fixtures = { dispatched, signed };
  });

  afterAll(async () => {
    console.log(`bad-input table: ${ROWS.length} rows + ${REPLAYS.length} replays + 1 late objection = ${ROWS.length + REPLAYS.length + 1} cases`);
    await stack?.stop();
  });

  async function dispatchedOrder(): Promise<{ requestId: string; assignmentId: string }> {
    const registered = await call(agent, post('/requests', drainageRequest()));
    expect(registered.status).toBe(201);
    const requestId = registered.body.id as string;
    const assignment = await eventually(`request ${requestId} to be dispatched`, async () => {
      const [first] = (await call(dispatcher, { method: 'GET', path: `/requests/${requestId}/assignments` })).body ?? [];
      return first?.status === 'dispatched' ? first : undefined;
    });
    // Feedback must know of the order too, so a refusal there is about the input, not about timing.
    await eventually(`feedback to know ${requestId}`, async () => ((await call(agent, { method: 'GET', path: `/requests/${requestId}/feedback` })).status === 200 ? true : undefined));
    return { requestId, assignmentId: assignment.id as string };
  }

  function expectAnswer(response: RawResponse, expected: Expected): void {
    expect({ status: response.status, contentType: response.contentType }).toEqual({ status: expected.status, contentType: expect.stringContaining('application/json') });
    expect(response.body).toMatchObject({ status: expected.status, message: expect.any(String) });
    if (expected.code) expect(response.body.code).toBe(expected.code);
    if (expected.field) expect(response.body.details.problems.map((problem: { field: string }) => problem.field)).toContain(expected.field);
    if (expected.state) expect(response.body.details.state).toBe(expected.state);
    if (expected.allows) expect(response.body.details.allowed).toContain(expected.allows);
  }

  /** Runs one bad request between two snapshots of every table, every outbox and the stream. */
  async function refusedWithoutEffect(as: Identity, request: RawRequest, expected: Expected): Promise<RawResponse> {
    const before = await settledState(stack.databaseUrl);
    const response = await call(as, request);
    expectAnswer(response, expected);
    // Anything a refusal set off would be on its way within this time (the relay polls far faster).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes(before, await systemState(stack.databaseUrl))).toEqual([]);
    return response;
  }

  it.each(ROWS.map((row) => [`${row.kind}: ${row.what} → ${row.expected.status}`, row] as const))('%s', async (_name, row) => {
    await refusedWithoutEffect(row.as, row.request(fixtures), row.expected);
  });

  it.each(REPLAYS.map((replay) => [replay.what, replay] as const))('replayed with the same Idempotency-Key: %s — the same answer, one effect', async (_name, replay) => {
    const request = { ...replay.request(fixtures), headers: { 'idempotency-key': `replay-${randomUUID()}` } };
    const before = await settledState(stack.databaseUrl);
    const first = await call(replay.as, request);
    expect(first.status).toBeLessThan(300);
    const afterFirst = await settledState(stack.databaseUrl);
    expect(changes(before, afterFirst).length).toBeGreaterThan(0);
    for (let again = 0; again < 2; again += 1) {
      const replayed = await call(replay.as, request);
      expect({ status: replayed.status, body: replayed.body }).toEqual({ status: first.status, body: first.body });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes(afterFirst, await systemState(stack.databaseUrl))).toEqual([]);
  });

  // Last: it moves every service's clock past the objection window (2 working days), for good.
  it('illegal transition: an objection after the window → 409 naming the limit, nothing stored, no event', async () => {
    const late = await dispatchedOrder();
    clock.advance(14 * DAY_MS);
    // The deadlines that passed fire first (overdue, expiry); the row runs once all is quiet again.
    await settledState(stack.databaseUrl, 1_500, 60_000);
    const refused = await refusedWithoutEffect(donghuaStaff, post(`/assignments/${late.assignmentId}/objection`, { reason: '不属于本街道' }), { status: 409, code: 'conflict' });
    expect(refused.body.details).toMatchObject({ limit: 'objectionWindowWorkingMinutes', endsAt: expect.any(String) });
  });
});
