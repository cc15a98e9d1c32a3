import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, type ActorContext } from '@civicloop/contracts';
import { OutboxWriter } from '@civicloop/messaging';
import { statementOf, updateStatementOf } from '@civicloop/persistence';
import { Deadline } from '../deadlines/deadline.entity';
import { assignmentEvent } from './assignment-events';
import { advanceAssignment, lockAssignment } from './assignment-lock';
import { assignmentView } from './assignment-view';
import { assertHandlingUnit } from './assignment-visibility';

/** What a unit does to an order it was given: sign for it (签收). Objections live in ../objections, extensions in ../extensions. */
@Injectable()
export class AssignmentActionsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  async signFor(manager: EntityManager, context: ActorContext, id: string, expectedVersion?: number) {
    const assignment = await lockAssignment(manager, context, id, expectedVersion);
    assertHandlingUnit(context, assignment);
    advanceAssignment(assignment, 'sign');
    const now = this.clock.now();
    assignment.signedAt = now;
    const onTime = now.getTime() <= assignment.signForDeadline.getTime();
    const signForMet = manager
      .createQueryBuilder()
      .update(Deadline)
      .set({ state: 'met' })
      .where({ tenantId: context.tenantId, assignmentId: assignment.id, kind: 'sign-for', state: 'pending' });
    // The order, its sign-for timer and the event in one statement (docs/adr/0023).
    await this.outbox.append(
      manager,
      [assignmentEvent(EventTypes.AssignmentSigned, assignment, { signedAt: now.toISOString(), signForDeadline: assignment.signForDeadline.toISOString(), onTime }, context, this.clock)],
      updateStatementOf(manager, assignment),
      statementOf(signForMet),
    );
    return assignmentView(assignment);
  }
}
