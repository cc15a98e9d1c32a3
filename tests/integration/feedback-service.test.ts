// Feedback on a real PostgreSQL: dispatch's events in (any order, any number of times), replies and
// callbacks through the broker, and what the service announces through its outbox.
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@civicloop/clock';
import {
  EventTypes,
  Subjects,
  type ActorContext,
  type AssignmentCreated,
  type AssignmentSigned,
  type CommandReply,
  type DeadlineMissed,
  type EventEnvelope,
  type ObjectionReviewed,
  type RecordCallbackPayload,
  type RecordReplyPayload,
  type RequestMerged,
} from '@civicloop/contracts';
import { FeedbackModule } from '@civicloop/feedback';
import { createServiceDatabase, type ServiceDatabase } from '../support/stack/test-database';
import { InProcessBroker, newEvent, startServiceApp } from '@civicloop/messaging';

const tenantId = 'feedback-test';
let database: ServiceDatabase;
const clock = new ManualClock('2026-11-23T02:00:00Z');
const broker = new InProcessBroker();
const seen: EventEnvelope[] = [];
let app: INestApplication;

const dispatcher: ActorContext = { tenantId, userId: 'dispatcher-1', roles: ['dispatcher'], unitCodes: [] };
const agent: ActorContext = { tenantId, userId: 'agent-1', roles: ['agent'], unitCodes: [] };
const staffOf = (unitCode: string): ActorContext => ({ tenantId, userId: `staff-${unitCode}`, roles: ['unit-staff'], unitCodes: [unitCode] });

beforeAll(async () => {
  database = await createServiceDatabase('feedback');
  const runtime = { mode: 'embedded' as const, databaseUrl: database.appUrl, migrationDatabaseUrl: database.ownerUrl, clock, broker };
  app = await startServiceApp({ serviceName: 'feedback', module: FeedbackModule.register(runtime), runtime, startRelay: true });
  const announced = [EventTypes.ReplyRecorded, EventTypes.CallbackRecorded, EventTypes.RequestClosed, EventTypes.RequestReopened, EventTypes.CallbackDue];
  broker.addConsumer('probe', { eventTypes: new Set<string>(announced), handle: async (event) => void seen.push(event), deadLetters: { record: async () => {} } });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

type Order = { requestId: string; assignmentId: string; unitCode: string; attempt: number };
const newOrder = (unitCode = 'street-x', attempt = 1, requestId: string = randomUUID()): Order => ({ requestId, assignmentId: randomUUID(), unitCode, attempt });

function assignmentEvent<T>(type: string, order: Order, extra: T): EventEnvelope<Order & T> {
  return newEvent({ type, aggregateId: order.assignmentId, aggregateVersion: 1, data: { ...order, ...extra } }, dispatcher, clock);
}
const created = (order: Order) =>
  assignmentEvent<Omit<AssignmentCreated, keyof Order>>(EventTypes.AssignmentCreated, order, {
    dispatchedAt: clock.now().toISOString(),
    signForDeadline: '2026-11-24T02:00:00.000Z',
    feedbackDeadline: '2026-11-30T02:00:00.000Z',
    reason: { kind: 'manual', note: 'test' },
  });
const signed = (order: Order) =>
  assignmentEvent<Omit<AssignmentSigned, keyof Order>>(EventTypes.AssignmentSigned, order, { signedAt: clock.now().toISOString(), signForDeadline: '2026-11-24T02:00:00.000Z', onTime: true });
const upheld = (order: Order) => assignmentEvent<Omit<ObjectionReviewed, keyof Order>>(EventTypes.ObjectionUpheld, order, { note: 'not ours' });

/** Views are checked with toMatchObject, so a loose shape is enough here. */
type CaseView = Record<string, unknown>;
const send = <T>(subject: string, context: ActorContext, payload: unknown, expectedVersion?: number) =>
  broker.send<T>(subject, { context, payload, expectedVersion });
const reply = (context: ActorContext, order: Order, expectedVersion?: number) =>
  send<CaseView>(Subjects.RecordReply, context, { assignmentId: order.assignmentId, outcome: 'solved', text: '已修复路灯' } satisfies RecordReplyPayload, expectedVersion);
const callback = (payload: RecordCallbackPayload) => send<CaseView>(Subjects.RecordCallback, agent, payload);
const getCase = (requestId: string, context: ActorContext = dispatcher) => send<CaseView>(Subjects.GetFeedbackCase, context, { id: requestId });

function dataOf<T>(answer: CommandReply<T>): T {
  if (!answer.ok) throw new Error(`expected success, got ${answer.error.status} ${answer.error.message}`);
  return answer.data;
}

async function announced(type: string, requestId: string): Promise<EventEnvelope<Record<string, unknown>>> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const event = seen.find((e) => e.type === type && (e.data as { requestId: string }).requestId === requestId);
    if (event) return event as EventEnvelope<Record<string, unknown>>;
    if (Date.now() > deadline) throw new Error(`${type} for ${requestId} was not announced within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function signedOrder(unitCode = 'street-x'): Promise<Order> {
  const order = newOrder(unitCode);
  await broker.publish([created(order)]);
  await broker.publish([signed(order)]);
  return order;
}
async function repliedOrder(unitCode = 'street-x'): Promise<Order> {
  const order = await signedOrder(unitCode);
  dataOf(await reply(staffOf(unitCode), order));
  return order;
}

describe('feedback service', () => {
  it('refuses a reply before the order is signed for, with the state and what is allowed', async () => {
    const order = newOrder();
    await broker.publish([created(order)]);
    expect(await reply(staffOf(order.unitCode), order)).toMatchObject({
      ok: false,
      error: { status: 409, code: 'conflict', details: { state: 'dispatched', action: 'reply', allowed: expect.arrayContaining(['sign', 'object']) } },
    });
  });

  it('applies a second delivery of the same event only once', async () => {
    const order = newOrder();
    const event = created(order);
    await broker.publish([event]);
    await broker.publish([event]);
    const signFor = signed(order);
    await broker.publish([signFor]);
    await broker.publish([signFor]);
    expect(dataOf(await getCase(order.requestId))).toMatchObject({ status: 'signed', version: 2, assignmentId: order.assignmentId });
  });

  it('waits for the assignment when its signing arrives first', async () => {
    const order = newOrder();
    await broker.publish([signed(order), created(order)]);
    expect(dataOf(await getCase(order.requestId))).toMatchObject({ status: 'signed', attempt: 1, unitCode: order.unitCode });
  });

  it('records a reply of the signed unit and announces it', async () => {
    const order = await signedOrder('water');
    const view = dataOf(await reply(staffOf('water'), order, 2));
    expect(view).toMatchObject({ status: 'replied', version: 3, lastReply: { outcome: 'solved', text: '已修复路灯' } });
    const event = await announced(EventTypes.ReplyRecorded, order.requestId);
    expect(event.data).toMatchObject({ assignmentId: order.assignmentId, unitCode: 'water', attempt: 1, outcome: 'solved' });
  });

  it('hides an order from staff of another unit, forbids a district role to reply, and does not know a foreign assignment', async () => {
    const order = await signedOrder('water');
    expect(await reply(staffOf('roads'), order)).toMatchObject({ ok: false, error: { status: 404 } });
    expect(await reply({ ...staffOf('water'), roles: ['dispatcher'] }, order)).toMatchObject({ ok: false, error: { status: 403 } });
    expect(await reply(staffOf('water'), newOrder('water'))).toMatchObject({ ok: false, error: { status: 404 } });
    expect(await getCase(order.requestId, staffOf('roads'))).toMatchObject({ ok: false, error: { status: 404 } });
  });

  it('refuses a reply based on an older version of the case', async () => {
    const order = await signedOrder();
    expect(await reply(staffOf(order.unitCode), order, 1)).toMatchObject({ ok: false, error: { status: 409, code: 'stale-version' } });
  });

  it('names the missing answer of a reached resident and changes nothing', async () => {
    const order = await repliedOrder();
    const answer = await callback({ requestId: order.requestId, reached: true, solved: true });
    expect(answer).toMatchObject({ ok: false, error: { status: 400, code: 'validation-failed' } });
    if (!answer.ok) expect(answer.error.message).toContain('satisfaction');
    expect(dataOf(await getCase(order.requestId))).toMatchObject({ status: 'replied', callbacks: [] });
  });

  it('keeps waiting for a callback when the resident was not reached', async () => {
    const order = await repliedOrder();
    expect(dataOf(await callback({ requestId: order.requestId, reached: false }))).toMatchObject({ status: 'replied', attempt: 1 });
    expect((await announced(EventTypes.CallbackRecorded, order.requestId)).data).toMatchObject({ valid: false, reached: false });
  });

  it('closes a solved request and announces it', async () => {
    const order = await repliedOrder();
    const view = dataOf(await callback({ requestId: order.requestId, reached: true, solved: true, satisfaction: 'satisfied' }));
    expect(view).toMatchObject({ status: 'closed', attempt: 1 });
    expect((await announced(EventTypes.RequestClosed, order.requestId)).data).toEqual({ requestId: order.requestId, attempt: 1, solved: true });
  });

  it('reopens an unsolved request as attempt 2 and follows its next assignment', async () => {
    const order = await repliedOrder('street-x');
    const view = dataOf(await callback({ requestId: order.requestId, reached: true, solved: false, satisfaction: 'not-satisfied' }));
    expect(view).toMatchObject({ status: 'reopened', attempt: 2, assignmentId: null });
    expect((await announced(EventTypes.CallbackRecorded, order.requestId)).data).toMatchObject({ attempt: 1, valid: true, solved: false });
    expect((await announced(EventTypes.RequestReopened, order.requestId)).data).toMatchObject({ attempt: 2, previousUnitCode: 'street-x' });

    const retry = newOrder('water', 2, order.requestId);
    await broker.publish([created(retry), signed(order)]);
    expect(dataOf(await getCase(order.requestId))).toMatchObject({ status: 'dispatched', attempt: 2, unitCode: 'water' });
    expect(await reply(staffOf('street-x'), order)).toMatchObject({ ok: false, error: { status: 409 } });
  });

  it('sends an order back to the queue when an objection is upheld, and ignores the withdrawn assignment', async () => {
    const order = newOrder('roads');
    await broker.publish([created(order)]);
    await broker.publish([upheld(order)]);
    expect(dataOf(await getCase(order.requestId))).toMatchObject({ status: 'queued', assignmentId: null, unitCode: null });
    const next = newOrder('water', 1, order.requestId);
    await broker.publish([created(next)]);
    await broker.publish([signed(order)]);
    expect(dataOf(await getCase(order.requestId))).toMatchObject({ status: 'dispatched', assignmentId: next.assignmentId, unitCode: 'water' });
  });

  it('lets only the call centre record callbacks', async () => {
    const order = await repliedOrder('parks');
    const answer = await send(Subjects.RecordCallback, staffOf('parks'), { requestId: order.requestId, reached: false });
    expect(answer).toMatchObject({ ok: false, error: { status: 403 } });
  });
});

describe('feedback under the rule book (lead and co-handlers, expiry, merged duplicates)', () => {
  const coHandlerOf = (lead: Order, unitCode: string): Order => ({ ...newOrder(unitCode, lead.attempt, lead.requestId) });
  const createdAs = (order: Order, role: 'lead' | 'co-handler', leadAssignmentId: string | null = null) =>
    Object.assign(created(order), { data: { ...created(order).data, role, leadAssignmentId } });
  const missed = (order: Order, kind: DeadlineMissed['kind'] = 'feedback') =>
    newEvent<DeadlineMissed>({ type: EventTypes.DeadlineMissed, aggregateId: order.assignmentId, aggregateVersion: 0, data: { ...order, kind, dueAt: clock.now().toISOString() } }, dispatcher, clock);
  const merged = (requestId: string, primaryRequestId: string) =>
    newEvent<RequestMerged>({ type: EventTypes.RequestMerged, aggregateId: requestId, aggregateVersion: 2, data: { requestId, primaryRequestId, reason: '同一地点同一问题' } }, dispatcher, clock);
  const dueFor = (requestId: string) => seen.filter((event) => event.type === EventTypes.CallbackDue && (event.data as { requestId: string }).requestId === requestId);

  it('lets only the lead reply: a co-handler gets 409, whichever assignment arrived first', async () => {
    const lead = newOrder('street-lead');
    const coHandler = coHandlerOf(lead, 'water-co');
    await broker.publish([createdAs(coHandler, 'co-handler', lead.assignmentId)]);
    await broker.publish([createdAs(lead, 'lead')]);
    await broker.publish([signed(coHandler), signed(lead)]);
    expect(dataOf(await getCase(lead.requestId))).toMatchObject({ status: 'signed', assignmentId: lead.assignmentId, unitCode: 'street-lead' });
    const refused = await reply(staffOf('water-co'), coHandler);
    expect(refused).toMatchObject({ ok: false, error: { status: 409, details: { state: 'co-handler' } } });
    expect(!refused.ok && refused.error.message).toContain('the lead unit replies for all');
    dataOf(await reply(staffOf('street-lead'), lead));
    expect((await announced(EventTypes.CallbackDue, lead.requestId)).data).toMatchObject({ because: 'replied', attempt: 1, unitCode: 'street-lead' });
  });

  it('expires the lead’s case when its feedback deadline is missed, and ignores a co-handler’s', async () => {
    const lead = await signedOrder('street-late');
    const coHandler = coHandlerOf(lead, 'water-late');
    await broker.publish([createdAs(coHandler, 'co-handler', lead.assignmentId)]);
    await broker.publish([missed(coHandler)]);
    expect(dataOf(await getCase(lead.requestId))).toMatchObject({ status: 'signed' });
    await broker.publish([missed(lead, 'sign-for'), missed(lead)]);
    expect(dataOf(await getCase(lead.requestId))).toMatchObject({ status: 'expired', attempt: 1, unitCode: 'street-late' });
    expect((await announced(EventTypes.CallbackDue, lead.requestId)).data).toMatchObject({ because: 'deadline-passed', attempt: 1 });
    expect(dueFor(lead.requestId)).toHaveLength(1);
  });

  it('calls each merged duplicate back on its own once the primary is replied, with the primary’s unit', async () => {
    const primary = await signedOrder('street-primary');
    const early = randomUUID();
    const late = randomUUID();
    await broker.publish([merged(early, primary.requestId)]);
    dataOf(await reply(staffOf('street-primary'), primary));
    expect((await announced(EventTypes.CallbackDue, early)).data).toMatchObject({ because: 'primary-replied', primaryRequestId: primary.requestId, attempt: 1, unitCode: 'street-primary' });
    // Merged after the primary was answered: due at once.
    await broker.publish([merged(late, primary.requestId)]);
    expect((await announced(EventTypes.CallbackDue, late)).data).toMatchObject({ because: 'primary-replied', primaryRequestId: primary.requestId });

    dataOf(await callback({ requestId: early, reached: true, solved: true, satisfaction: 'satisfied' }));
    expect((await announced(EventTypes.CallbackRecorded, early)).data).toMatchObject({ requestId: early, unitCode: 'street-primary', valid: true, solved: true });
    expect(dataOf(await getCase(early))).toMatchObject({ status: 'closed' });
    expect(dataOf(await getCase(primary.requestId))).toMatchObject({ status: 'replied' });
    expect(dueFor(early)).toHaveLength(1);
  });
});
