import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { categoryLineage, computeDeadlines } from '@civicloop/dispatch-rules';
import type { Urgency } from '@civicloop/contracts';
import { Category } from '../reference/category.entity';
import { DistrictCalendarService } from './district-calendar.service';
import { DistrictRulesService } from './district-rules.service';

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
  constructor(
    private readonly calendars: DistrictCalendarService,
    private readonly rules: DistrictRulesService,
  ) {}

  async forRequest(manager: EntityManager, request: { tenantId: string; categoryCode: string; urgency: Urgency }, now: Date): Promise<DispatchClocks> {
    const [calendar, rules, categories] = await Promise.all([
      this.calendars.calendarFor(manager, request.tenantId),
      this.rules.rulesFor(manager, request.tenantId),
      manager.find(Category, { where: { tenantId: request.tenantId }, select: { code: true, parentCode: true } }),
    ]);
    const lineage = categoryLineage(categories, request.categoryCode);
    const { signForDeadline, feedbackDeadline } = computeDeadlines(calendar, request.urgency, now, rules.deadlinePolicy, lineage);
    return {
      dispatchedAt: now,
      signForDeadline,
      feedbackDeadline,
      coHandlerReportDeadline: calendar.addWorkingTime(now, rules.coHandlerReportWorkingMinutes),
    };
  }
}
