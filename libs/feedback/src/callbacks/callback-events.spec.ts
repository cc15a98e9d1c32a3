import { ManualClock } from '@civicloop/clock';
import { EventTypes, type ActorContext } from '@civicloop/contracts';
import { FeedbackCase } from '../cases/feedback-case.entity';
import { callbackEvents } from './callback-events';
import { Callback } from './callback.entity';

const clock = new ManualClock('2026-11-23T02:00:00Z');
const agent: ActorContext = { tenantId: 'd1', userId: 'agent-1', roles: ['agent'], unitCodes: [] };
const requestId = '0f8fad5b-d9cb-469f-a165-70867728950e';

const callback = (solved: boolean | null) =>
  Object.assign(new Callback(), {
    id: 'c1',
    requestId,
    assignmentId: 'a1',
    unitCode: 'water',
    attempt: 1,
    reached: solved !== null,
    solved,
    satisfaction: solved === null ? null : 'satisfied',
    valid: solved !== null,
    recordedAt: clock.now(),
  });
const after = (status: FeedbackCase['status'], attempt: number) => Object.assign(new FeedbackCase(), { requestId, status, attempt, version: 5 });
const summary = (events: ReturnType<typeof callbackEvents>) => events.map((event) => [event.type, event.data]);

describe('what a callback announces', () => {
  it('announces only the callback when the resident was not reached', () => {
    const events = callbackEvents(callback(null), after('replied', 1), agent, clock);
    expect(summary(events)).toEqual([[EventTypes.CallbackRecorded, expect.objectContaining({ valid: false, attempt: 1 })]]);
  });

  it('announces the callback and the closing of a solved request', () => {
    const events = callbackEvents(callback(true), after('closed', 1), agent, clock);
    expect(summary(events)).toEqual([
      [EventTypes.CallbackRecorded, expect.objectContaining({ valid: true, solved: true, recordedAt: '2026-11-23T02:00:00.000Z' })],
      [EventTypes.RequestClosed, { requestId, attempt: 1, solved: true }],
    ]);
  });

  it('announces the closing as not solved and not reached when the last allowed call missed the resident', () => {
    const lastCall = Object.assign(callback(null), { callNo: 3, final: true });
    const events = callbackEvents(lastCall, after('closed', 1), agent, clock);
    expect(summary(events)).toEqual([
      [EventTypes.CallbackRecorded, expect.objectContaining({ valid: false, callNo: 3, final: true })],
      [EventTypes.RequestClosed, { requestId, attempt: 1, solved: false, notReached: true }],
    ]);
  });

  it('passes the unit the agent suggests for the next try on to dispatch', () => {
    const events = callbackEvents(callback(false), after('reopened', 2), agent, clock, 'street-jingshan');
    expect(events[1].data).toMatchObject({ suggestedUnitCode: 'street-jingshan' });
  });

  it('announces the reopening under the new attempt, the callback under the old one', () => {
    const events = callbackEvents(callback(false), after('reopened', 2), agent, clock);
    expect(summary(events)).toEqual([
      [EventTypes.CallbackRecorded, expect.objectContaining({ attempt: 1, solved: false })],
      [EventTypes.RequestReopened, expect.objectContaining({ requestId, attempt: 2, previousUnitCode: 'water' })],
    ]);
    expect(events.every((event) => event.aggregateId === requestId && event.aggregateVersion === 5)).toBe(true);
  });
});
