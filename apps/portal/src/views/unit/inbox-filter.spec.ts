import type { AssignmentView, CivicRequestView } from '../../api/api-types';
import { filterFromQuery, filterToQuery, inboxState, isOverdue, matchesFilter, type InboxFilter, type InboxItem } from './inbox-filter';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const BEFORE = '2026-03-02T09:00:00Z';
const AFTER = '2026-03-02T11:00:00Z';

function item(assignment: Partial<AssignmentView>, request: Partial<CivicRequestView> | null = {}): InboxItem {
  return {
    assignment: { id: 'a', requestId: 'r', unitCode: 'street-donghua', attempt: 1, status: 'dispatched', dispatchedAt: BEFORE, signForDeadline: AFTER, feedbackDeadline: AFTER, signedAt: null, objectionReason: null, ...assignment },
    request: request && ({ id: 'r', orderNo: '2026-000042', status: 'dispatched', description: '南池子雨水井堵塞', ...request } as CivicRequestView),
  };
}
const ANY: InboxFilter = { status: '', overdueOnly: false, text: '' };

describe('the unit inbox filter', () => {
  it('calls an order 待签收 until signed, 办理中 until replied, then 已答复', () => {
    expect(inboxState(item({ status: 'dispatched' }))).toBe('awaiting');
    expect(inboxState(item({ status: 'objection-pending' }))).toBe('awaiting');
    expect(inboxState(item({ status: 'signed' }, { status: 'signed' }))).toBe('handling');
    expect(inboxState(item({ status: 'signed' }, { status: 'replied' }))).toBe('replied');
    expect(inboxState(item({ status: 'signed' }, { status: 'closed' }))).toBe('replied');
    expect(inboxState(item({ status: 'objected' }))).toBe('other');
  });

  it('counts a co-handler as done once it has reported to the lead', () => {
    expect(inboxState(item({ status: 'signed', role: 'co-handler', reportedAt: null }, null))).toBe('handling');
    expect(inboxState(item({ status: 'signed', role: 'co-handler', reportedAt: BEFORE }, null))).toBe('replied');
  });

  it('calls an order 超期 when late for the step it is at, never once replied', () => {
    expect(isOverdue(item({ signForDeadline: BEFORE }), NOW)).toBe(true);
    expect(isOverdue(item({ signForDeadline: AFTER }), NOW)).toBe(false);
    expect(isOverdue(item({ status: 'signed', signForDeadline: BEFORE, feedbackDeadline: AFTER }, { status: 'signed' }), NOW)).toBe(false);
    expect(isOverdue(item({ status: 'signed', feedbackDeadline: BEFORE }, { status: 'signed' }), NOW)).toBe(true);
    expect(isOverdue(item({ status: 'signed', feedbackDeadline: BEFORE }, { status: 'replied' }), NOW)).toBe(false);
    expect(isOverdue(item({ status: 'signed', role: 'co-handler', reportDeadline: BEFORE }, null), NOW)).toBe(true);
  });

  it('filters by state, by overdue only, and by both', () => {
    const lateUnsigned = item({ signForDeadline: BEFORE });
    const signed = item({ status: 'signed', feedbackDeadline: AFTER }, { status: 'signed' });
    expect(matchesFilter(lateUnsigned, { ...ANY, status: 'awaiting' }, NOW)).toBe(true);
    expect(matchesFilter(signed, { ...ANY, status: 'awaiting' }, NOW)).toBe(false);
    expect(matchesFilter(lateUnsigned, { ...ANY, status: 'overdue' }, NOW)).toBe(true);
    expect(matchesFilter(signed, { ...ANY, overdueOnly: true }, NOW)).toBe(false);
    expect(matchesFilter(lateUnsigned, { ...ANY, status: 'handling', overdueOnly: true }, NOW)).toBe(false);
  });

  it('searches the order number and the description, ignoring case and spaces around', () => {
    const order = item({}, { orderNo: '2026-000042', description: 'Drain blocked at 南池子' });
    expect(matchesFilter(order, { ...ANY, text: '000042' }, NOW)).toBe(true);
    expect(matchesFilter(order, { ...ANY, text: ' drain ' }, NOW)).toBe(true);
    expect(matchesFilter(order, { ...ANY, text: '南池子' }, NOW)).toBe(true);
    expect(matchesFilter(order, { ...ANY, text: '景山' }, NOW)).toBe(false);
    // A co-handler's order without a readable request has nothing to search.
    expect(matchesFilter(item({}, null), { ...ANY, text: '000042' }, NOW)).toBe(false);
  });

  it('keeps the filter in the query string and ignores a status it does not know', () => {
    expect(filterFromQuery({ status: 'handling', overdue: '1', q: '井' })).toEqual({ status: 'handling', overdueOnly: true, text: '井' });
    expect(filterFromQuery({ status: 'lost' })).toEqual(ANY);
    expect(filterToQuery({ status: '', overdueOnly: true, text: '井' })).toEqual({ status: null, overdue: '1', q: '井' });
    expect(filterToQuery({ text: '' })).toEqual({ q: null });
  });
});
