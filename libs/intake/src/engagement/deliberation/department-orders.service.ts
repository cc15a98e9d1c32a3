import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { ValidationFailed, type ActorContext, type DepartmentOrderInput, type DistrictReferenceResult } from '@civicloop/contracts';
import { RegisterRequestService } from '../../registration/register-request.service';
import { orderChannel, orderDescription, orderProblems } from '../rules/deliberation-order';
import { nextIssueState, type IssueAction } from '../rules/deliberation-workflow';
import type { CommunityIssue } from './community-issue.entity';

/**
 * 居民点单、社区下单、部门接单: the community orders an issue from a unit of this district. The issue
 * becomes a request through intake's own registration in the caller's transaction (as a work
 * letter does), addressed to that unit, so dispatch assigns it there and it is handled, called back
 * and counted like any other. The request's "resident" is the community's contact.
 */
@Injectable()
export class DepartmentOrdersService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly registration: RegisterRequestService,
  ) {}

  /** 400 naming each wrong field of the order (under `prefix`), before anything is written. */
  assertValid(order: DepartmentOrderInput | undefined, reference: DistrictReferenceResult, prefix: string): void {
    const problems = orderProblems(order, reference, prefix);
    if (problems.length > 0) throw new ValidationFailed(problems);
  }

  /** Registers the request and records the order on the issue (saved by the caller). */
  async order(manager: EntityManager, context: ActorContext, issue: CommunityIssue, order: DepartmentOrderInput, reference: DistrictReferenceResult, action: IssueAction) {
    const unit = reference.units.find((candidate) => candidate.code === order.unitCode)!;
    const state = nextIssueState(issue.state, action, 'department');
    const request = await this.registration.register(manager, context, {
      channel: orderChannel(issue.source),
      type: order.type,
      categoryCode: order.categoryCode,
      areaCode: issue.communityAreaCode,
      address: order.address.trim(),
      description: orderDescription(issue.text, issue.communityName, order.note),
      residentName: order.contactName.trim(),
      residentPhone: order.contactPhone.trim(),
      urgency: 'general',
      confidential: false,
      addressedUnitCode: unit.code,
    });
    Object.assign(issue, {
      state,
      orderUnitCode: unit.code,
      orderUnitName: unit.name,
      orderCategoryCode: order.categoryCode,
      orderType: order.type,
      orderedAt: this.clock.now(),
      requestId: request.id,
    });
    return request;
  }
}
