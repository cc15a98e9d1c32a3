import type { SupervisionItem } from './supervision-item.entity';
import type { SupervisionNotice } from './supervision-notice.entity';

/** How late an order is now, in whole minutes (0 before its deadline). */
export function minutesLate(dueAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - dueAt.getTime()) / 60_000));
}

export function supervisionItemView(item: SupervisionItem, now: Date) {
  return {
    id: item.id,
    assignmentId: item.assignmentId,
    requestId: item.requestId,
    unitCode: item.unitCode,
    kind: item.kind,
    dueAt: item.dueAt.toISOString(),
    escalatedAt: item.escalatedAt.toISOString(),
    minutesLate: minutesLate(item.dueAt, now),
    state: item.state,
  };
}

export function supervisionNoticeView(notice: SupervisionNotice) {
  return {
    id: notice.id,
    assignmentId: notice.assignmentId,
    requestId: notice.requestId,
    unitCode: notice.unitCode,
    attempt: notice.attempt,
    about: notice.supervisedKinds,
    note: notice.note,
    dueAt: notice.dueAt.toISOString(),
    issuedAt: notice.issuedAt.toISOString(),
    issuedBy: notice.issuedBy,
  };
}
