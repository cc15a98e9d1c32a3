/** What the lead and the supervisor see of one co-handler (吹哨报到): signed? reported? late? */
export interface CoHandlerStanding {
  assignmentId: string;
  unitCode: string;
  status: string;
  signForDeadline: string;
  signedAt: string | null;
  reportDeadline: string | null;
  reportedAt: string | null;
  reportText: string | null;
  /** Signed after its deadline, or still unsigned once the deadline has passed. */
  signedLate: boolean;
  /** Reported after its deadline, or still unreported once the deadline has passed. */
  reportLate: boolean;
  late: boolean;
}

export interface CoHandlerFacts {
  id: string;
  unitCode: string;
  status: string;
  signForDeadline: Date;
  signedAt: Date | null;
  reportDeadline: Date | null;
  reportedAt: Date | null;
  reportText: string | null;
}

/** A step is late when it happened after its deadline, or has not happened and the deadline has passed. */
function isLate(doneAt: Date | null, dueAt: Date | null, now: Date): boolean {
  if (!dueAt) return false;
  return (doneAt ?? now).getTime() > dueAt.getTime();
}

export function coHandlerStanding(coHandler: CoHandlerFacts, now: Date): CoHandlerStanding {
  const signedLate = isLate(coHandler.signedAt, coHandler.signForDeadline, now);
  const reportLate = isLate(coHandler.reportedAt, coHandler.reportDeadline, now);
  return {
    assignmentId: coHandler.id,
    unitCode: coHandler.unitCode,
    status: coHandler.status,
    signForDeadline: coHandler.signForDeadline.toISOString(),
    signedAt: coHandler.signedAt?.toISOString() ?? null,
    reportDeadline: coHandler.reportDeadline?.toISOString() ?? null,
    reportedAt: coHandler.reportedAt?.toISOString() ?? null,
    reportText: coHandler.reportText,
    signedLate,
    reportLate,
    late: signedLate || reportLate,
  };
}
