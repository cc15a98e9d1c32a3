import type { AssignmentView, CivicRequestView } from '../../api/api-types';

export interface InboxItem {
  assignment: AssignmentView;
  /** Null when the request is not (yet) readable by this unit: the order is still shown, from its own fields. */
  request: CivicRequestView | null;
}

/** Where an order stands for the unit: 待签收, 办理中, 已答复 (or something else, e.g. objected away). */
export type InboxState = 'awaiting' | 'handling' | 'replied' | 'other';
/** The status filter: a state, or 超期 (late for sign-for or for the reply). */
export const INBOX_STATUS_FILTERS = ['awaiting', 'handling', 'replied', 'overdue'] as const;
export type InboxStatusFilter = (typeof INBOX_STATUS_FILTERS)[number];

export interface InboxFilter {
  status: InboxStatusFilter | '';
  overdueOnly: boolean;
  /** Matched against the order number and the description, ignoring case. */
  text: string;
}

const REPLIED = new Set(['replied', 'closed']);

export function inboxState({ assignment, request }: InboxItem): InboxState {
  if (assignment.status === 'dispatched' || assignment.status === 'objection-pending') return 'awaiting';
  if (assignment.status !== 'signed') return 'other';
  // A co-handler is done once it has reported to the lead (吹哨报到); the lead once the request is replied.
  const done = assignment.role === 'co-handler' ? Boolean(assignment.reportedAt) : REPLIED.has(request?.status ?? '');
  return done ? 'replied' : 'handling';
}

/** Late for the step it is at: signing for it, or (once signed) the reply or the co-handler's report. */
export function isOverdue(item: InboxItem, now: number): boolean {
  const state = inboxState(item);
  const { assignment } = item;
  if (state === 'awaiting') return new Date(assignment.signForDeadline).getTime() < now;
  if (state !== 'handling') return false;
  const due = assignment.role === 'co-handler' ? assignment.reportDeadline : assignment.feedbackDeadline;
  return Boolean(due) && new Date(due!).getTime() < now;
}

export function matchesFilter(item: InboxItem, filter: InboxFilter, now: number): boolean {
  const overdue = isOverdue(item, now);
  if ((filter.overdueOnly || filter.status === 'overdue') && !overdue) return false;
  if (filter.status && filter.status !== 'overdue' && inboxState(item) !== filter.status) return false;
  const text = filter.text.trim().toLowerCase();
  if (!text) return true;
  return [item.request?.orderNo, item.request?.description].some((field) => field?.toLowerCase().includes(text));
}

/** The filter kept in the page's query string (?status=&overdue=1&q=), so a reload keeps it. */
export function filterFromQuery(params: Record<string, string>): InboxFilter {
  const status = (INBOX_STATUS_FILTERS as readonly string[]).includes(params.status ?? '') ? (params.status as InboxStatusFilter) : '';
  return { status, overdueOnly: params.overdue === '1', text: params.q ?? '' };
}

export function filterToQuery(changes: Partial<InboxFilter>): Record<string, string | null> {
  const query: Record<string, string | null> = {};
  if (changes.status !== undefined) query.status = changes.status || null;
  if (changes.overdueOnly !== undefined) query.overdue = changes.overdueOnly ? '1' : null;
  if (changes.text !== undefined) query.q = changes.text || null;
  return query;
}
