import { expiryFor, type AssignmentRef, type CaseState } from './case-events';

const lead: AssignmentRef = { assignmentId: 'lead', unitCode: 'street-donghua', attempt: 2 };
const held = (status: CaseState['status']): CaseState => ({ status, attempt: 2, assignmentId: 'lead', unitCode: 'street-donghua' });

describe('a feedback deadline passed without a reply expires the case (Art. 23), for the current lead only', () => {
  it.each(['dispatched', 'signed', 'objected', 'objection-pending'] as const)('expires a %s case', (status) => {
    expect(expiryFor(held(status), lead, true)).toEqual({ outcome: 'apply', next: held('expired') });
  });

  it('leaves a replied or closed case alone', () => {
    expect(expiryFor(held('replied'), lead, true).outcome).toBe('ignore');
    expect(expiryFor(held('closed'), lead, true).outcome).toBe('ignore');
  });

  it('ignores a co-handler’s, a withdrawn assignment’s and an earlier attempt’s deadline', () => {
    expect(expiryFor(held('signed'), { ...lead, assignmentId: 'co', role: 'co-handler' }, true).outcome).toBe('ignore');
    expect(expiryFor(held('signed'), { ...lead, assignmentId: 'old' }, true).outcome).toBe('ignore');
    expect(expiryFor(held('signed'), { ...lead, attempt: 1 }, true).outcome).toBe('ignore');
  });

  it('waits when the assignment has not reached feedback yet', () => {
    expect(expiryFor(null, lead, false).outcome).toBe('early');
    expect(expiryFor(held('signed'), { ...lead, attempt: 3 }, true).outcome).toBe('early');
  });
});
