import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, MONTH_PATTERN } from '@civicloop/clock';
import { ValidationFailed, type ActorContext, type DeliberationStatisticsPayload } from '@civicloop/contracts';
import { assertDeliberationReader, readsCommunity } from '../rules/deliberation-access';
import { deliberationFigures } from '../rules/deliberation-statistics';
import { CommunityIssue } from './community-issue.entity';
import { requestOutcomes } from './community-issue-views';
import { DeliberationSession } from './deliberation-session.entity';

/**
 * Lin'an's monthly figures per community and for the district (what the reader may see of it):
 * the issues collected in the month and where they ended, the sessions held in it, and the orders'
 * outcomes from intake's own request history (docs/adr/0014).
 */
@Injectable()
export class DeliberationStatisticsService {
  async month(manager: EntityManager, context: ActorContext, filter: DeliberationStatisticsPayload) {
    assertDeliberationReader(context, 'reading deliberation statistics');
    if (typeof filter.month !== 'string' || !MONTH_PATTERN.test(filter.month)) throw new ValidationFailed([{ field: 'month', reason: 'must be a month (YYYY-MM)' }]);
    const issueQuery = manager
      .createQueryBuilder(CommunityIssue, 'issue')
      .where('issue.tenantId = :tenantId', { tenantId: context.tenantId })
      .andWhere(`to_char(issue.collectedAt at time zone :timeZone, 'YYYY-MM') = :month`, { month: filter.month, timeZone: DEFAULT_TIME_ZONE });
    const sessionQuery = manager
      .createQueryBuilder(DeliberationSession, 'session')
      .where('session.tenantId = :tenantId', { tenantId: context.tenantId })
      .andWhere('session.heldAt is not null')
      .andWhere(`to_char(session.date, 'YYYY-MM') = :month`, { month: filter.month });
    if (filter.community) {
      issueQuery.andWhere('issue.communityAreaCode = :community', { community: filter.community });
      sessionQuery.andWhere('session.communityAreaCode = :community', { community: filter.community });
    }
    const issues = (await issueQuery.getMany()).filter((issue) => readsCommunity(context, issue));
    const sessions = (await sessionQuery.getMany()).filter((session) => readsCommunity(context, session));
    const outcomes = await requestOutcomes(
      manager,
      context,
      issues.map((issue) => issue.requestId).filter((id): id is string => id !== null),
    );
    const figuresFor = (community: string | null) =>
      deliberationFigures(
        issues
          .filter((issue) => community === null || issue.communityAreaCode === community)
          .map((issue) => ({ state: issue.state, ordered: issue.requestId ? (outcomes.get(issue.requestId) ?? null) : null })),
        sessions.filter((session) => community === null || session.communityAreaCode === community).length,
      );
    const names = new Map([...issues, ...sessions].map((row) => [row.communityAreaCode, row.communityName]));
    return {
      month: filter.month,
      community: filter.community ?? null,
      total: figuresFor(filter.community ?? null),
      communities: [...names.keys()].sort().map((code) => ({ communityAreaCode: code, communityName: names.get(code)!, ...figuresFor(code) })),
    };
  }
}
