import { EventTypes, type ActorContext } from '@civicloop/contracts';
import { readsAsResident, residentStep, type HistoryStep } from './resident-history';

const step = (type: string, data: Record<string, unknown>, userId = 'staff-1'): HistoryStep => ({ type, data, actor: { userId, roles: ['unit-staff'] } });
const context = (roles: ActorContext['roles']): ActorContext => ({ tenantId: 'demo', userId: 'resident-1', roles, unitCodes: [] }) as ActorContext;

describe("a resident's view of their request's history", () => {
  it('keeps the steps of the loop with the fields meant for the resident, and no staff member’s id', () => {
    const reply = residentStep(step(EventTypes.ReplyRecorded, { unitCode: 'street-donghua', outcome: 'solved', text: '已疏通', replyId: 'r1', assignmentId: 'a1' }), 'resident-1');
    expect(reply).toEqual({ type: EventTypes.ReplyRecorded, data: { unitCode: 'street-donghua', outcome: 'solved', text: '已疏通' }, actor: { userId: null, roles: ['unit-staff'] } });
  });

  it('shows the reason of a granted extension', () => {
    const granted = residentStep(step(EventTypes.ExtensionGranted, { reason: '需协调供水公司', feedbackDeadline: '2026-12-01T00:00:00Z', extensionId: 'e1' }), 'resident-1');
    expect(granted?.data).toEqual({ reason: '需协调供水公司', feedbackDeadline: '2026-12-01T00:00:00Z' });
  });

  it.each([
    EventTypes.AssignmentObjected,
    EventTypes.ObjectionUpheld,
    EventTypes.ExtensionRequested,
    EventTypes.DeadlineReminder,
    EventTypes.DeadlineMissed,
    EventTypes.SupervisionNoticeIssued,
    EventTypes.AssessmentAppealed,
    EventTypes.OrderFlaggedUnreasonable,
  ])('leaves out the internal step %s', (type) => {
    expect(residentStep(step(type, { reason: '内部说明' }), 'resident-1')).toBeNull();
  });

  it('leaves out a co-handler’s order: the resident hears from the lead unit', () => {
    expect(residentStep(step(EventTypes.AssignmentCreated, { unitCode: 'city-management', role: 'co-handler' }), 'resident-1')).toBeNull();
    expect(residentStep(step(EventTypes.AssignmentCreated, { unitCode: 'street-donghua', role: 'lead', reason: { kind: 'catalogue', ruleId: 'x' } }), 'resident-1')?.data).toEqual({ unitCode: 'street-donghua' });
  });

  it('keeps the resident’s own id on the steps they took', () => {
    expect(residentStep(step(EventTypes.RequestRegistered, { orderNo: '2026-000001' }, 'resident-1'), 'resident-1')?.actor.userId).toBe('resident-1');
  });

  it('applies to residents only: staff and the call centre read the whole history', () => {
    expect(readsAsResident(context(['resident']))).toBe(true);
    expect(readsAsResident(context(['agent']))).toBe(false);
    expect(readsAsResident(context(['unit-staff']))).toBe(false);
  });
});
