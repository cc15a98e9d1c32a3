import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, type ActorContext, type StationIssueChanged } from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { CivicRequest } from '../../requests/civic-request.entity';
import { RequestHistoryEntry } from '../../requests/request-history-entry.entity';
import { maskName, maskPhone } from '../../requests/request-views';
import { Resident } from '../../residents/resident.entity';
import { DeputiesService } from '../deputies/deputies.service';
import { legViews } from '../legs/reply-legs.service';
import { ReplyLeg } from '../receptions/work-letter.entity';
import { requestOutcome } from '../rules/station-figures';
import { allowedStationIssueActions } from '../rules/station-issue-workflow';
import { Station } from './station.entity';
import { StationIssue } from './station-issue.entity';

const iso = (date: Date | null) => date?.toISOString() ?? null;
const minutesBetween = (from: Date, to: Date | null) => (to === null ? null : Math.round((to.getTime() - from.getTime()) / 60_000));

/**
 * How a station issue reads: for staff and deputies (the resident masked, every step with its time,
 * the request it became and its 反馈), and for the resident who wrote it (their own words, the
 * deputy's reply, where the request stands and the unit's reply).
 */
@Injectable()
export class StationIssueViews {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly deputies: DeputiesService,
  ) {}

  /** One step recorded: the issue's new version and its event, residents and deputies by id only. */
  async record(manager: EntityManager, context: ActorContext, issue: StationIssue, type: string, extra: Partial<StationIssueChanged> = {}) {
    await this.outbox.append(manager, [
      newEvent<StationIssueChanged>(
        {
          type,
          aggregateId: issue.id,
          aggregateVersion: issue.version,
          data: { issueId: issue.id, source: issue.source, stationId: issue.stationId, deputyIds: issue.deputyIds, state: issue.state, ...extra },
        },
        context,
        this.clock,
      ),
    ]);
  }

  async staff(manager: EntityManager, context: ActorContext, issue: StationIssue) {
    const [view] = await this.staffViews(manager, context, [issue]);
    return view;
  }

  async staffViews(manager: EntityManager, context: ActorContext, issues: StationIssue[]) {
    const related = await this.related(manager, context, issues);
    const now = this.clock.now();
    return issues.map((issue) => {
      const resident = related.residents.get(issue.residentId);
      const station = issue.stationId ? related.stations.get(issue.stationId) : undefined;
      const request = issue.requestId ? related.requests.get(issue.requestId) : undefined;
      const history = issue.requestId ? (related.history.get(issue.requestId) ?? []) : [];
      const outcome = requestOutcome(history.map((entry) => ({ type: entry.type, data: entry.data })));
      return {
        id: issue.id,
        messageNo: issue.messageNo,
        source: issue.source,
        state: issue.state,
        station: station ? { id: station.id, name: station.name } : null,
        scheduleId: issue.scheduleId,
        openingDate: issue.openingDate,
        deputies: issue.deputyIds.flatMap((id) => {
          const deputy = related.deputies.get(id);
          return deputy ? [{ id: deputy.id, name: deputy.name, body: deputy.body }] : [];
        }),
        // Masked for everyone here: the request view is where the call centre reads identities (audited).
        resident: resident ? { name: maskName(resident.name), phone: maskPhone(resident.phone) } : null,
        text: issue.text,
        categoryCode: issue.categoryCode,
        areaCode: issue.areaCode,
        address: issue.address,
        receivedAt: issue.receivedAt.toISOString(),
        acceptedAt: iso(issue.acceptedAt),
        handedOnAt: iso(issue.handedOnAt),
        firstReplyAt: iso(issue.firstReplyAt),
        closedAt: iso(issue.closedAt),
        minutesToAccept: minutesBetween(issue.receivedAt, issue.acceptedAt),
        minutesToFirstReply: minutesBetween(issue.receivedAt, issue.firstReplyAt),
        reply: issue.replyText !== null && issue.firstReplyAt !== null ? { text: issue.replyText, at: issue.firstReplyAt.toISOString() } : null,
        handOn: issue.handedOnAt ? { unitCode: issue.unitCode, note: issue.handOnNote } : null,
        request: request ? { id: request.id, orderNo: request.orderNo, status: request.status, currentUnitCode: request.currentUnitCode } : null,
        unitReply: unitReplyOf(history),
        // 反馈 after 交办: the reply chain's legs with their state, deadline and who answered when.
        legs: legViews(related.legs.get(issue.id) ?? [], now),
        outcome: { solved: outcome.solved === true, satisfaction: outcome.satisfaction },
        allowedActions: allowedStationIssueActions(issue.state),
        version: issue.version,
      };
    });
  }

  /** What the writer sees: no staff, no masking needed (it is their own), no internal ids but the issue's. */
  async residentViews(manager: EntityManager, context: ActorContext, issues: StationIssue[]) {
    const related = await this.related(manager, context, issues);
    return issues.map((issue) => {
      const request = issue.requestId ? related.requests.get(issue.requestId) : undefined;
      return {
        id: issue.id,
        messageNo: issue.messageNo,
        source: issue.source,
        state: issue.state,
        deputies: issue.deputyIds.flatMap((id) => {
          const deputy = related.deputies.get(id);
          return deputy ? [{ name: deputy.name, body: deputy.body }] : [];
        }),
        text: issue.text,
        receivedAt: issue.receivedAt.toISOString(),
        acceptedAt: iso(issue.acceptedAt),
        handedOnAt: iso(issue.handedOnAt),
        reply: issue.replyText !== null && issue.firstReplyAt !== null ? { text: issue.replyText, at: issue.firstReplyAt.toISOString() } : null,
        request: request ? { orderNo: request.orderNo, status: request.status } : null,
        unitReply: unitReplyOf(issue.requestId ? (related.history.get(issue.requestId) ?? []) : []),
        relay: relayOf(related.legs.get(issue.id) ?? []),
      };
    });
  }

  private async related(manager: EntityManager, context: ActorContext, issues: StationIssue[]) {
    const tenantId = context.tenantId;
    const ids = <T>(pick: (issue: StationIssue) => T | null) => [...new Set(issues.map(pick).filter((id): id is T => id !== null))];
    const residentIds = ids((issue) => issue.residentId);
    const stationIds = ids((issue) => issue.stationId);
    const requestIds = ids((issue) => issue.requestId);
    // One after the other: a transaction's queries share one connection.
    const residents = residentIds.length === 0 ? [] : await manager.findBy(Resident, { tenantId, id: In(residentIds) });
    const stations = stationIds.length === 0 ? [] : await manager.findBy(Station, { tenantId, id: In(stationIds) });
    const requests = requestIds.length === 0 ? [] : await manager.findBy(CivicRequest, { tenantId, id: In(requestIds) });
    const history = requestIds.length === 0 ? [] : await manager.find(RequestHistoryEntry, { where: { tenantId, requestId: In(requestIds) }, order: { occurredAt: 'ASC' } });
    const legs = issues.length === 0 ? [] : await manager.findBy(ReplyLeg, { tenantId, stationIssueId: In(issues.map((issue) => issue.id)) });
    const deputies = await this.deputies.byIds(manager, context, [...new Set(issues.flatMap((issue) => issue.deputyIds))]);
    const historyByRequest = new Map<string, RequestHistoryEntry[]>();
    for (const entry of history) historyByRequest.set(entry.requestId, [...(historyByRequest.get(entry.requestId) ?? []), entry]);
    return {
      residents: new Map(residents.map((resident) => [resident.id, resident])),
      stations: new Map(stations.map((station) => [station.id, station])),
      requests: new Map(requests.map((request) => [request.id, request])),
      history: historyByRequest,
      deputies: new Map(deputies.map((deputy) => [deputy.id, deputy])),
      legs: groupBy(legs, (leg) => leg.stationIssueId!),
    };
  }
}

/** 反馈: the unit's last reply on the request (what it did), as the resident is told it. */
function unitReplyOf(history: RequestHistoryEntry[]): { outcome: string; text: string; repliedAt: string } | null {
  const replies = history.filter((entry) => entry.type === EventTypes.ReplyRecorded);
  const last = replies[replies.length - 1];
  return last ? { outcome: String(last.data.outcome), text: String(last.data.text), repliedAt: String(last.data.repliedAt) } : null;
}

/** The chain's last leg as the resident is told it: what the residents' committee relayed, once answered. */
function relayOf(legs: readonly ReplyLeg[]): { text: string; at: string } | null {
  const relay = legs.find((leg) => leg.leg === 'relay-to-resident' && leg.state === 'replied');
  return relay?.note && relay.repliedAt ? { text: relay.note, at: relay.repliedAt.toISOString() } : null;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
