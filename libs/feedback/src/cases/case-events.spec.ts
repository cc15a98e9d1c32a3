import { changeFor, type AssignmentRef, type CaseState } from './case-events';

const first: AssignmentRef = { assignmentId: 'a1', unitCode: 'street-x', attempt: 1 };
const second: AssignmentRef = { assignmentId: 'a2', unitCode: 'water', attempt: 1 };
const held = (status: CaseState['status'], by: AssignmentRef = first): CaseState => ({
  status,
  attempt: by.attempt,
  assignmentId: by.assignmentId,
  unitCode: by.unitCode,
});

describe('how assignment events move a feedback case', () => {
  it('opens a case as dispatched when the first assignment is created', () => {
    expect(changeFor(null, 'created', first, false)).toEqual({ outcome: 'apply', next: held('dispatched') });
  });

  it('marks the case signed when its current assignment is signed for', () => {
    expect(changeFor(held('dispatched'), 'signed', first, true)).toEqual({ outcome: 'apply', next: held('signed') });
  });

  it('sends the case back to the queue without a unit when an objection is upheld', () => {
    expect(changeFor(held('dispatched'), 'objection-upheld', first, true)).toEqual({
      outcome: 'apply',
      next: { status: 'queued', attempt: 1, assignmentId: null, unitCode: null },
    });
  });

  it('gives a queued case to the next assignment', () => {
    const queued: CaseState = { status: 'queued', attempt: 1, assignmentId: null, unitCode: null };
    expect(changeFor(queued, 'created', second, false)).toEqual({ outcome: 'apply', next: held('dispatched', second) });
  });

  it('gives a reopened case to the assignment of the new attempt', () => {
    const reopened: CaseState = { status: 'reopened', attempt: 2, assignmentId: null, unitCode: null };
    const retry = { ...second, attempt: 2 };
    expect(changeFor(reopened, 'created', retry, false)).toEqual({ outcome: 'apply', next: held('dispatched', retry) });
  });

  it('waits when signed for arrives before the assignment is known', () => {
    expect(changeFor(null, 'signed', first, false).outcome).toBe('early');
    expect(changeFor(held('queued', second), 'signed', first, false).outcome).toBe('early');
  });

  it('waits when a new assignment arrives before the previous one was withdrawn', () => {
    expect(changeFor(held('dispatched'), 'created', second, false).outcome).toBe('early');
  });

  it('waits when an event of a later attempt arrives before the reopening', () => {
    expect(changeFor(held('replied'), 'created', { ...second, attempt: 2 }, false).outcome).toBe('early');
  });

  it('ignores events of a superseded attempt', () => {
    const reopened: CaseState = { status: 'reopened', attempt: 2, assignmentId: null, unitCode: null };
    expect(changeFor(reopened, 'signed', first, true).outcome).toBe('ignore');
    expect(changeFor(reopened, 'created', first, false).outcome).toBe('ignore');
  });

  it('ignores events of a withdrawn assignment', () => {
    expect(changeFor(held('dispatched', second), 'signed', first, true).outcome).toBe('ignore');
  });

  it('ignores a second announcement of what the case already shows', () => {
    expect(changeFor(held('dispatched'), 'created', first, true).outcome).toBe('ignore');
    expect(changeFor(held('replied'), 'signed', first, true).outcome).toBe('ignore');
  });
});
