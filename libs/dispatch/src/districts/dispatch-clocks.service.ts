import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { computeDeadlines } from '@civicloop/dispatch-rules';
import type { Urgency } from '@civicloop/contracts';
import { DistrictSnapshotService } from '../reference/district-snapshot.service';

/** The clocks of one dispatch, all started at the same instant. */
export interface DispatchClocks {
  dispatchedAt: Date;
  signForDeadline: Date;
  feedbackDeadline: Date;
  coHandlerReportDeadline: Date;
}

/**
 * Deadlines for a request dispatched now: the district's policy per urgency and category (a
 * category's setting covers its subcategories), on the district's working calendar.
 */
@Injectable()
export class DispatchClocksService {
  constructor(private readonly snapshots: DistrictSnapshotService) {}

  async forRequest(manager: EntityManager, request: { tenantId: string; categoryCode: string; urgency: Urgency }, now: Date): Promise<DispatchClocks> {
    const snapshot = await this.snapshots.snapshot(manager, request.tenantId);
    const { calendar, rules } = snapshot;
    const lineage = snapshot.categoryLineage(request.categoryCode);
    const { signForDeadline, feedbackDeadline } = computeDeadlines(calendar, request.urgency, now, rules.deadlinePolicy, lineage);
    return {
      dispatchedAt: now,
      signForDeadline,
      feedbackDeadline,
      coHandlerReportDeadline: calendar.addWorkingTime(now, rules.coHandlerReportWorkingMinutes),
    };
  }
}
