import { changeFor, type AssignmentRef, type CaseState } from './case-events';

const lead: AssignmentRef = { assignmentId: 'lead', unitCode: 'street-donghua', attempt: 1, role: 'lead' };
const coHandler: AssignmentRef = { assignmentId: 'co', unitCode: 'water-group', attempt: 1, role: 'co-handler' };
const heldByLead: CaseState = { status: 'dispatched', attempt: 1, assignmentId: 'lead', unitCode: 'street-donghua' };

describe('a co-handler’s assignment (吹哨报到) is history only for feedback: the lead replies for all', () => {
  it('does not open a case when it arrives before the lead’s', () => {
    expect(changeFor(null, 'created', coHandler, false).outcome).toBe('ignore');
  });

  it('does not take the case from the lead, nor sign it', () => {
    expect(changeFor(heldByLead, 'created', coHandler, false).outcome).toBe('ignore');
    expect(changeFor(heldByLead, 'signed', coHandler, true).outcome).toBe('ignore');
  });

  it('treats an assignment without a role (older events) as the lead', () => {
    const { role: _role, ...withoutRole } = lead;
    expect(changeFor(null, 'created', withoutRole, false)).toEqual({ outcome: 'apply', next: heldByLead });
  });
});
