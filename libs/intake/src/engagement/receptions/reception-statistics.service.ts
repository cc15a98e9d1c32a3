import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { MONTH_PATTERN } from '@civicloop/clock';
import { ValidationFailed, type ActorContext, type ReceptionStatisticsPayload } from '@civicloop/contracts';
import { RequestHistoryEntry } from '../../requests/request-history-entry.entity';
import { assertDistrictReader } from '../rules/engagement-access';
import { issueOutcome, receptionFigures } from '../rules/reception-statistics';
import { ReceptionDay } from './reception-day.entity';
import { ReceptionIssue } from './reception-issue.entity';

/**
 * Step 8, the archive's figures per street and month (the ones Changning publishes), computed from
 * the recorded facts: held days, present deputies, residents received, issues, and each issue's
 * request history (its last close and last valid callback). Typical cases listed beside them.
 */
@Injectable()
export class ReceptionStatisticsService {
  async month(manager: EntityManager, context: ActorContext, filter: ReceptionStatisticsPayload) {
    assertDistrictReader(context, 'reading reception statistics');
    if (typeof filter.month !== 'string' || !MONTH_PATTERN.test(filter.month)) throw new ValidationFailed([{ field: 'month', reason: 'must be a month (YYYY-MM)' }]);
    const query = manager
      .createQueryBuilder(ReceptionDay, 'day')
      .where('day.tenantId = :tenantId', { tenantId: context.tenantId })
      .andWhere(`day.state in ('held', 'archived')`)
      .andWhere(`to_char(day.date, 'YYYY-MM') = :month`, { month: filter.month });
    if (filter.street) query.andWhere('day.streetUnitCode = :street', { street: filter.street });
    const days = await query.orderBy('day.date', 'ASC').getMany();
    const issues = days.length === 0 ? [] : await manager.findBy(ReceptionIssue, { tenantId: context.tenantId, receptionId: In(days.map((day) => day.id)) });
    const requestIds = issues.map((issue) => issue.requestId).filter((id): id is string => id !== null);
    const history = requestIds.length === 0 ? [] : await manager.find(RequestHistoryEntry, { where: { tenantId: context.tenantId, requestId: In(requestIds) }, order: { occurredAt: 'ASC' } });
    const outcomeOf = (issue: ReceptionIssue) =>
      issueOutcome(
        issue.solvedOnSite,
        history.filter((entry) => entry.requestId === issue.requestId).map((entry) => ({ type: entry.type, data: entry.data })),
      );
    const figuresFor = (street: string | null) => {
      const chosen = days.filter((day) => street === null || day.streetUnitCode === street);
      const chosenIssues = issues.filter((issue) => chosen.some((day) => day.id === issue.receptionId));
      return receptionFigures(
        chosen.map((day) => ({ presentDeputies: day.presentDeputyIds?.length ?? 0, residents: day.residentsReceived ?? 0 })),
        chosenIssues.map(outcomeOf),
      );
    };
    const streets = [...new Set(days.map((day) => day.streetUnitCode))].sort();
    return {
      month: filter.month,
      street: filter.street ?? null,
      total: figuresFor(filter.street ?? null),
      streets: streets.map((street) => ({ streetUnitCode: street, ...figuresFor(street) })),
      typicalCases: issues
        .filter((issue) => issue.typical)
        .map((issue) => ({ issueId: issue.id, receptionId: issue.receptionId, description: issue.description, note: issue.typicalNote, requestId: issue.requestId, ...outcomeOf(issue) })),
    };
  }
}
