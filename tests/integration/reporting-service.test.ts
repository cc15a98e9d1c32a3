// Reporting on a real PostgreSQL: a month of facts delivered as events, the three rates read back
// through the broker, and the same facts in reverse order (and twice) giving the same table.
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@civicloop/clock';
import {
  EventTypes,
  Subjects,
  type ActorContext,
  type AssignmentCreated,
  type AssignmentSigned,
  type CallbackRecorded,
  type CommandReply,
  type EventEnvelope,
  type HotspotsResult,
  type ReplyRecorded,
  type RequestRegistered,
  type Role,
  type Satisfaction,
} from '@civicloop/contracts';
import { InProcessBroker, newEvent, startServiceApp } from '@civicloop/messaging';
import { createServiceDatabase, withClient, type ServiceDatabase } from '../support/stack/test-database';
import { ReportingModule } from '@civicloop/reporting';

let database: ServiceDatabase;
const clock = new ManualClock('2026-12-05T02:00:00Z');
const broker = new InProcessBroker();
let app: INestApplication;

beforeAll(async () => {
  database = await createServiceDatabase('reporting');
  const runtime = { mode: 'embedded' as const, databaseUrl: database.appUrl, migrationDatabaseUrl: database.ownerUrl, clock, broker };
  app = await startServiceApp({ serviceName: 'reporting', module: ReportingModule.register(runtime), runtime, startRelay: true });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

// Requests A–F and their assignments (times UTC; months count in Asia/Shanghai, UTC+8).
const [A, B, C, D, E, F] = Array.from({ length: 6 }, () => randomUUID());
interface AssignmentFacts {
  request: string;
  unit: string;
  attempt: number;
  dispatchedAt: string;
  deadline: string;
  signedAt?: string;
  repliedAt?: string;
}
const assignments = ([
  { request: A, unit: 'water', attempt: 1, dispatchedAt: '2026-11-03T02:00:00Z', deadline: '2026-11-04T02:00:00Z', signedAt: '2026-11-03T05:00:00Z', repliedAt: '2026-11-05T02:00:00Z' },
  { request: B, unit: 'water', attempt: 1, dispatchedAt: '2026-11-10T02:00:00Z', deadline: '2026-11-11T02:00:00Z', signedAt: '2026-11-12T02:00:00Z', repliedAt: '2026-11-12T08:00:00Z' },
  { request: E, unit: 'water', attempt: 1, dispatchedAt: '2026-11-20T02:00:00Z', deadline: '2026-11-23T02:00:00Z' },
  // 1 December 00:30 in Shanghai: a December assignment, although still 30 November in UTC.
  { request: F, unit: 'roads', attempt: 1, dispatchedAt: '2026-11-30T16:30:00Z', deadline: '2026-12-01T16:30:00Z', signedAt: '2026-12-01T01:00:00Z' },
  // 1 November 01:00 in Shanghai: a November assignment, although still October in UTC.
  { request: C, unit: 'roads', attempt: 1, dispatchedAt: '2026-10-31T17:00:00Z', deadline: '2026-11-02T01:00:00Z', signedAt: '2026-11-01T03:00:00Z' },
  { request: B, unit: 'roads', attempt: 2, dispatchedAt: '2026-11-14T02:00:00Z', deadline: '2026-11-16T02:00:00Z', signedAt: '2026-11-14T03:00:00Z' },
  { request: D, unit: 'roads', attempt: 1, dispatchedAt: '2026-10-10T02:00:00Z', deadline: '2026-10-12T02:00:00Z', signedAt: '2026-10-10T03:00:00Z' },
] satisfies AssignmentFacts[]).map((facts): AssignmentFacts & { id: string } => ({ ...facts, id: randomUUID() }));

type Answer = [request: string, unit: string, attempt: number, recordedAt: string, solved: boolean | null, satisfaction: Satisfaction | null];
const callbacks: Answer[] = [
  [A, 'water', 1, '2026-11-06T02:00:00Z', true, 'satisfied'],
  // B: not solved by water, reopened, solved by roads at attempt 2; only the last valid callback counts.
  [B, 'water', 1, '2026-11-13T02:00:00Z', false, 'not-satisfied'],
  [B, 'roads', 2, '2026-11-25T02:00:00Z', true, 'basically-satisfied'],
  // C: not reached in November (invalid), solved in December: counts in December only.
  [C, 'roads', 1, '2026-11-05T02:00:00Z', null, null],
  [C, 'roads', 1, '2026-12-02T02:00:00Z', true, 'satisfied'],
  [D, 'roads', 1, '2026-11-15T02:00:00Z', false, 'basically-satisfied'],
];

function factEvents(tenantId: string): EventEnvelope[] {
  const actor: ActorContext = { tenantId, userId: 'system', roles: ['system'], unitCodes: [] };
  const event = <T>(type: string, aggregateId: string, data: T) => newEvent<T>({ type, aggregateId, aggregateVersion: 1, data }, actor, clock);
  const events: EventEnvelope[] = [];
  for (const a of assignments) {
    const ids = { assignmentId: a.id, requestId: a.request, unitCode: a.unit, attempt: a.attempt };
    const reason = { kind: 'manual' as const, note: 'test' };
    events.push(event<AssignmentCreated>(EventTypes.AssignmentCreated, a.id, { ...ids, dispatchedAt: a.dispatchedAt, signForDeadline: a.deadline, feedbackDeadline: a.deadline, reason }));
    if (a.signedAt) events.push(event<AssignmentSigned>(EventTypes.AssignmentSigned, a.id, { ...ids, signedAt: a.signedAt, signForDeadline: a.deadline, onTime: a.signedAt <= a.deadline }));
    if (a.repliedAt) events.push(event<ReplyRecorded>(EventTypes.ReplyRecorded, a.request, { ...ids, replyId: randomUUID(), outcome: 'solved', text: '已处理', repliedAt: a.repliedAt }));
  }
  for (const [requestId, unitCode, attempt, recordedAt, solved, satisfaction] of callbacks) {
    const assignmentId = assignments.find((a) => a.request === requestId && a.attempt === attempt)!.id;
    const valid = solved !== null;
    const data = { callbackId: randomUUID(), requestId, assignmentId, unitCode, attempt, reached: valid, solved, satisfaction, valid, recordedAt };
    events.push(event<CallbackRecorded>(EventTypes.CallbackRecorded, requestId, data));
  }
  return events;
}

const as = (tenantId: string, roles: Role[], unitCodes: string[] = []): ActorContext => ({ tenantId, userId: 'u1', roles, unitCodes });
const rates = (context: ActorContext, month: unknown) => broker.send<{ month: string; units: Array<Record<string, unknown>> }>(Subjects.UnitMonthRates, { context, payload: { month } });
function dataOf<T>(answer: CommandReply<T>): T {
  if (!answer.ok) throw new Error(`expected success, got ${answer.error.status} ${answer.error.message}`);
  return answer.data;
}

const november = [
  { unitCode: 'water', dispatched: 3, signedOnTime: 1, replied: 2, validCallbacks: 1, solved: 1, satisfied: 1, basicallySatisfied: 0, responseRate: 1 / 3, resolutionRate: 1, satisfactionRate: 1, rank: 1 },
  { unitCode: 'roads', dispatched: 2, signedOnTime: 2, replied: 0, validCallbacks: 2, solved: 1, satisfied: 0, basicallySatisfied: 2, responseRate: 1, resolutionRate: 0.5, satisfactionRate: 1, rank: 2, solvedByAttempt: { 2: 1 } },
];

describe('reporting service', () => {
  const forward = 'rates-forward';
  const reverse = 'rates-reverse';

  const forwardEvents = factEvents(forward);

  beforeAll(async () => {
    await broker.publish(forwardEvents);
    // One at a time, newest first: every signing, reply and callback arrives before what it follows.
    for (const event of factEvents(reverse).reverse()) await broker.publish([event]);
  });

  it('counts a month by hand-computable fractions and ranks the units', async () => {
    const { units } = dataOf(await rates(as(forward, ['supervisor']), '2026-11'));
    expect(units).toMatchObject(november);
    // water: 0.1 × 1/3 + 0.5 × 1 + 0.4 × 1; roads: 0.1 × 1 + 0.5 × 1/2 + 0.4 × 0.9 (basically satisfied weighs 0.9).
    expect(units.map((unit) => unit.compositeIndex)).toEqual([expect.closeTo(0.1 / 3 + 0.9, 12), expect.closeTo(0.71, 12)]);
  });

  it('counts a reopened request once, in the month of its final valid callback', async () => {
    const { units } = dataOf(await rates(as(forward, ['dispatcher']), '2026-12'));
    expect(units).toMatchObject([{ unitCode: 'roads', dispatched: 1, signedOnTime: 1, validCallbacks: 1, solved: 1, satisfied: 1 }]);
  });

  it('gives the same rates when the events arrive in reverse order', async () => {
    for (const month of ['2026-10', '2026-11', '2026-12']) {
      expect(dataOf(await rates(as(reverse, ['agent']), month))).toEqual(dataOf(await rates(as(forward, ['agent']), month)));
    }
  });

  it('changes nothing when every event is delivered a second time', async () => {
    const before = dataOf(await rates(as(forward, ['supervisor']), '2026-11'));
    await broker.publish(forwardEvents);
    expect(dataOf(await rates(as(forward, ['supervisor']), '2026-11'))).toEqual(before);
  });

  it('changes nothing when the same facts are announced again under new event ids', async () => {
    const before = dataOf(await rates(as(forward, ['supervisor']), '2026-11'));
    await broker.publish(factEvents(forward));
    expect(dataOf(await rates(as(forward, ['supervisor']), '2026-11'))).toEqual(before);
  });

  it('shows unit staff only their own unit, with its district-wide rank', async () => {
    const { units } = dataOf(await rates(as(forward, ['unit-staff'], ['roads']), '2026-11'));
    expect(units).toMatchObject([{ unitCode: 'roads', rank: 2 }]);
  });

  it('refuses a resident, and a month that is not YYYY-MM', async () => {
    expect(await rates(as(forward, ['resident']), '2026-11')).toMatchObject({ ok: false, error: { status: 403 } });
    const answer = await rates(as(forward, ['supervisor']), '2026-13');
    expect(answer).toMatchObject({ ok: false, error: { status: 400, code: 'validation-failed', details: { problems: [{ field: 'month' }] } } });
  });

  it('shows nothing of one district to another', async () => {
    expect(dataOf(await rates(as('rates-empty', ['supervisor']), '2026-11'))).toEqual({ month: '2026-11', units: [] });
  });
});

describe('month counts kept as a read model', () => {
  const owner = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    withClient(database.ownerUrl, async (client) => (await client.query(text, values)).rows as T[]);
  const novemberOf = async (tenantId: string) => dataOf(await rates(as(tenantId, ['supervisor']), '2026-11')).units;
  const isCallbackOf = (requestId: string, month: string) => (event: EventEnvelope) =>
    event.type === EventTypes.CallbackRecorded && (event.data as CallbackRecorded).requestId === requestId && (event.data as CallbackRecorded).recordedAt.startsWith(month);

  it('reads a month nobody changed from its stored count, not from its facts', async () => {
    const tenantId = 'counts-kept';
    await broker.publish(factEvents(tenantId));
    expect(await novemberOf(tenantId)).toMatchObject(november);
    expect(await owner(`select 1 from reporting.month_changes where tenant_id = $1 and month = '2026-11'`, [tenantId])).toHaveLength(0);
    // Only the stored count can answer this: the facts still say three water assignments.
    await owner(
      `update reporting.month_counts
          set counted = jsonb_set(counted, '{responses}', (select jsonb_agg(tally || '{"dispatched": 99}') from jsonb_array_elements(counted->'responses') tally))
        where tenant_id = $1 and month = '2026-11'`,
      [tenantId],
    );
    expect((await novemberOf(tenantId)).map((unit) => unit.dispatched)).toEqual([99, 99]);
  });

  it('recounts a month when a late signing for it arrives', async () => {
    const tenantId = 'counts-late';
    const lateSigning = (event: EventEnvelope) => event.type === EventTypes.AssignmentSigned && (event.data as AssignmentSigned).requestId === E;
    const events = factEvents(tenantId);
    await broker.publish(events);
    expect((await novemberOf(tenantId)).find((unit) => unit.unitCode === 'water')).toMatchObject({ signedOnTime: 1 });
    const e = assignments.find((a) => a.request === E)!;
    const actor: ActorContext = { tenantId, userId: 'system', roles: ['system'], unitCodes: [] };
    const signed = newEvent<AssignmentSigned>(
      { type: EventTypes.AssignmentSigned, aggregateId: e.id, aggregateVersion: 2, data: { assignmentId: e.id, requestId: E, unitCode: 'water', attempt: 1, signedAt: '2026-11-21T02:00:00Z', signForDeadline: e.deadline, onTime: true } },
      actor,
      clock,
    );
    expect(events.some(lateSigning)).toBe(false);
    await broker.publish([signed]);
    expect((await novemberOf(tenantId)).find((unit) => unit.unitCode === 'water')).toMatchObject({ dispatched: 3, signedOnTime: 2 });
  });

  it('recounts the month a request left when its final callback falls in a later month', async () => {
    const tenantId = 'counts-moved';
    const events = factEvents(tenantId);
    const december = events.filter(isCallbackOf(C, '2026-12'));
    await broker.publish(events.filter((event) => !december.includes(event)));
    const roadsBefore = (await novemberOf(tenantId)).find((unit) => unit.unitCode === 'roads')!;
    expect(roadsBefore).toMatchObject({ excluded: { callbacks: 1 } });
    await broker.publish(december);
    // C's unreached November call is no longer listed once its December callback counts.
    expect((await novemberOf(tenantId)).find((unit) => unit.unitCode === 'roads')).toMatchObject({ excluded: { callbacks: 0 } });
  });
});

describe('hotspots (热点)', () => {
  const tenantId = 'hotspots';
  const caller = randomUUID();
  /** [category, area, registered at, resident]: October is quiet, November has a surge of drainage in 东华门. */
  const raised: Array<[string, string, string, string]> = [
    ...Array.from({ length: 4 }, (): [string, string, string, string] => ['drainage', 'donghua', '2026-10-12T02:00:00Z', randomUUID()]),
    ...Array.from({ length: 6 }, (): [string, string, string, string] => ['noise', 'jingshan', '2026-10-20T02:00:00Z', randomUUID()]),
    ...Array.from({ length: 3 }, (): [string, string, string, string] => ['drainage', 'donghua', '2026-11-03T02:00:00Z', caller]),
    ...Array.from({ length: 5 }, (): [string, string, string, string] => ['drainage', 'donghua', '2026-11-09T02:00:00Z', randomUUID()]),
    ...Array.from({ length: 7 }, (): [string, string, string, string] => ['noise', 'jingshan', '2026-11-15T02:00:00Z', randomUUID()]),
  ];
  const hotspots = (context: ActorContext, payload: Record<string, unknown>) => broker.send<HotspotsResult>(Subjects.Hotspots, { context, payload });

  beforeAll(async () => {
    const actor: ActorContext = { tenantId, userId: 'system', roles: ['system'], unitCodes: [] };
    const events = raised.map(([categoryCode, areaCode, registeredAt, residentId], index) => {
      const requestId = randomUUID();
      const data: RequestRegistered = { requestId, orderNo: `2026-${String(index + 1).padStart(6, '0')}`, channel: 'hotline', type: 'complaint', categoryCode, areaCode, urgency: 'general', confidential: false, residentId, registeredAt };
      return newEvent<RequestRegistered>({ type: EventTypes.RequestRegistered, aggregateId: requestId, aggregateVersion: 1, data }, actor, clock);
    });
    await broker.publish(events);
    await broker.publish(events); // delivered twice: counted once
  });

  it('shows where requests concentrate this month beside last month, and flags what rose by half', async () => {
    const answer = dataOf(await hotspots(as(tenantId, ['supervisor']), { month: '2026-11' }));
    expect(answer).toMatchObject({ month: '2026-11', previousMonth: '2026-10', by: 'category' });
    expect(answer.rows).toEqual([
      { code: 'drainage', requests: 8, previous: 4, rising: true },
      { code: 'noise', requests: 7, previous: 6, rising: false },
    ]);
  });

  it('counts by place too, and residents who called three times or more without naming them', async () => {
    const answer = dataOf(await hotspots(as(tenantId, ['dispatcher']), { month: '2026-11', by: 'area' }));
    expect(answer.rows.map((row) => [row.code, row.requests])).toEqual([
      ['donghua', 8],
      ['jingshan', 7],
    ]);
    expect(answer.repeatCallers).toEqual({ residents: 1, requests: 3 });
  });

  it('refuses unit staff and residents', async () => {
    expect(await hotspots(as(tenantId, ['unit-staff'], ['donghua']), { month: '2026-11' })).toMatchObject({ ok: false, error: { status: 403 } });
    expect(await hotspots(as(tenantId, ['resident']), { month: '2026-11' })).toMatchObject({ ok: false, error: { status: 403 } });
  });
});
