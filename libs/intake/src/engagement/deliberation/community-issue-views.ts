import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { ActorContext } from '@civicloop/contracts';
import { CivicRequest } from '../../requests/civic-request.entity';
import { RequestHistoryEntry } from '../../requests/request-history-entry.entity';
import { maskName, maskPhone } from '../../requests/request-views';
import { Resident } from '../../residents/resident.entity';
import { issueOutcome, type CountedIssue } from '../rules/reception-statistics';
import { CommunityIssue } from './community-issue.entity';
import { AgendaItem } from './deliberation-session.entity';

export interface RequestOutcome extends CountedIssue {
  id: string;
  orderNo: string;
  status: string;
  currentUnitCode: string | null;
  closed: boolean;
}

/** Where an ordered issue's request stands, from intake's own tables (its history gives the outcome). */
export async function requestOutcomes(manager: EntityManager, context: ActorContext, requestIds: string[]): Promise<Map<string, RequestOutcome>> {
  const ids = [...new Set(requestIds)];
  if (ids.length === 0) return new Map();
  const requests = await manager.findBy(CivicRequest, { tenantId: context.tenantId, id: In(ids) });
  const history = await manager.find(RequestHistoryEntry, { where: { tenantId: context.tenantId, requestId: In(ids) }, order: { occurredAt: 'ASC' } });
  return new Map(
    requests.map((request) => {
      const outcome = issueOutcome(
        false,
        history.filter((entry) => entry.requestId === request.id).map((entry) => ({ type: entry.type, data: entry.data })),
      );
      return [request.id, { id: request.id, orderNo: request.orderNo, status: request.status, currentUnitCode: request.currentUnitCode, closed: request.status === 'closed', ...outcome }];
    }),
  );
}

/** Community issues as the working views show them: reporter masked, decision and request beside. */
@Injectable()
export class CommunityIssueViews {
  async many(manager: EntityManager, context: ActorContext, issues: CommunityIssue[]) {
    if (issues.length === 0) return [];
    const reporterIds = issues.map((issue) => issue.reporterResidentId).filter((id): id is string => id !== null);
    const reporters = reporterIds.length === 0 ? [] : await manager.findBy(Resident, { tenantId: context.tenantId, id: In(reporterIds) });
    const items = await manager.findBy(AgendaItem, { tenantId: context.tenantId, issueId: In(issues.map((issue) => issue.id)) });
    const requests = await requestOutcomes(
      manager,
      context,
      issues.map((issue) => issue.requestId).filter((id): id is string => id !== null),
    );
    return issues.map((issue) => {
      const reporter = reporters.find((resident) => resident.id === issue.reporterResidentId);
      const item = items.find((candidate) => candidate.issueId === issue.id);
      const request = issue.requestId ? requests.get(issue.requestId) : undefined;
      return {
        id: issue.id,
        communityAreaCode: issue.communityAreaCode,
        communityName: issue.communityName,
        communityUnitCode: issue.communityUnitCode,
        streetUnitCode: issue.streetUnitCode,
        text: issue.text,
        source: issue.source,
        state: issue.state,
        level: issue.level,
        // Masked for everyone here: the request view is where identities are read (audited).
        reporter: reporter ? { name: maskName(reporter.name), phone: maskPhone(reporter.phone) } : null,
        resolution: issue.resolution,
        collectedAt: issue.collectedAt.toISOString(),
        collectedBy: issue.collectedBy,
        triagedAt: issue.triagedAt?.toISOString() ?? null,
        triagedBy: issue.triagedBy,
        sessionId: issue.sessionId,
        decision:
          item && item.decisionKind
            ? { sessionId: item.sessionId, itemId: item.id, kind: item.decisionKind, option: item.decisionKind === 'option' ? item.options[item.decisionOption!] : null, note: item.decisionNote }
            : null,
        order:
          issue.orderUnitCode !== null
            ? { unitCode: issue.orderUnitCode, unitName: issue.orderUnitName, categoryCode: issue.orderCategoryCode, type: issue.orderType, orderedAt: issue.orderedAt?.toISOString() ?? null }
            : null,
        request: request
          ? { id: request.id, orderNo: request.orderNo, status: request.status, currentUnitCode: request.currentUnitCode, solved: request.solved, satisfaction: request.satisfaction }
          : null,
        version: issue.version,
      };
    });
  }

  async one(manager: EntityManager, context: ActorContext, issue: CommunityIssue) {
    const [view] = await this.many(manager, context, [issue]);
    return view;
  }
}
