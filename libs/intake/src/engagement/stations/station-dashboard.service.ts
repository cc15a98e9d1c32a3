import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { MONTH_PATTERN } from '@civicloop/clock';
import { NotFound, ValidationFailed, type ActorContext, type StationDashboardPayload } from '@civicloop/contracts';
import { RequestHistoryEntry } from '../../requests/request-history-entry.entity';
import { DeputiesService } from '../deputies/deputies.service';
import { assertDistrictReader } from '../rules/engagement-access';
import { requestOutcome, stationFigures } from '../rules/station-figures';
import { StationIssue } from './station-issue.entity';
import { StationsService } from './stations.service';

/**
 * Dashboards per station and per deputy (三端六库一平台's figures): issues, the replied share,
 * response times online against offline, the resolution and satisfaction of the requests they
 * became — read from intake's own request history, as reception statistics are — and the
 * concentration of opinions by category.
 */
@Injectable()
export class StationDashboardService {
  constructor(
    private readonly stations: StationsService,
    private readonly deputies: DeputiesService,
  ) {}

  async forStation(manager: EntityManager, context: ActorContext, payload: StationDashboardPayload) {
    assertDistrictReader(context, 'reading a station’s dashboard');
    const month = this.month(payload);
    const station = await this.stations.find(manager, context, payload.id);
    const issues = await this.issues(manager, context, month, (query) => query.andWhere('issue.stationId = :stationId', { stationId: station.id }));
    return { scope: { kind: 'station' as const, id: station.id, name: station.name }, month, ...(await this.figures(manager, context, issues)) };
  }

  /** A deputy's own dashboard; a deputy reads no one else's (404), the district's readers everyone's. */
  async forDeputy(manager: EntityManager, context: ActorContext, payload: StationDashboardPayload) {
    assertDistrictReader(context, 'reading a deputy’s dashboard');
    const month = this.month(payload);
    const [deputy] = await this.deputies.byIds(manager, context, [payload.id]);
    const onlyOwn = context.roles.includes('deputy') && !context.roles.some((role) => ['liaison', 'district-admin', 'supervisor', 'dispatcher', 'agent'].includes(role));
    if (!deputy || (onlyOwn && !(await this.deputies.ownIds(manager, context)).includes(deputy.id))) throw new NotFound('deputy', payload.id);
    const issues = await this.issues(manager, context, month, (query) => query.andWhere(':deputyId = any(issue.deputyIds)', { deputyId: deputy.id }));
    return { scope: { kind: 'deputy' as const, id: deputy.id, name: deputy.name }, month, ...(await this.figures(manager, context, issues)) };
  }

  private month(payload: StationDashboardPayload): string | null {
    if (payload.month === undefined || payload.month === null) return null;
    if (!MONTH_PATTERN.test(payload.month)) throw new ValidationFailed([{ field: 'month', reason: 'must be a month (YYYY-MM)' }]);
    return payload.month;
  }

  private issues(
    manager: EntityManager,
    context: ActorContext,
    month: string | null,
    scope: (query: ReturnType<EntityManager['createQueryBuilder']>) => unknown,
  ): Promise<StationIssue[]> {
    const query = manager.createQueryBuilder(StationIssue, 'issue').where('issue.tenantId = :tenantId', { tenantId: context.tenantId });
    scope(query);
    // The month of receipt in the district's time (Asia/Shanghai, the default zone).
    if (month !== null) query.andWhere(`to_char(issue.receivedAt at time zone 'Asia/Shanghai', 'YYYY-MM') = :month`, { month });
    return query.getMany();
  }

  private async figures(manager: EntityManager, context: ActorContext, issues: StationIssue[]) {
    const requestIds = issues.map((issue) => issue.requestId).filter((id): id is string => id !== null);
    const history = requestIds.length === 0 ? [] : await manager.find(RequestHistoryEntry, { where: { tenantId: context.tenantId, requestId: In(requestIds) }, order: { occurredAt: 'ASC' } });
    return stationFigures(
      issues.map((issue) => ({
        source: issue.source,
        categoryCode: issue.categoryCode,
        receivedAt: issue.receivedAt,
        acceptedAt: issue.acceptedAt,
        firstReplyAt: issue.firstReplyAt,
        request: issue.requestId
          ? requestOutcome(history.filter((entry) => entry.requestId === issue.requestId).map((entry) => ({ type: entry.type, data: entry.data })))
          : null,
      })),
    );
  }
}
