import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, ReplyRecorded } from '@civicloop/contracts';
import { EventInbox } from '@civicloop/messaging';

/**
 * Stops timers whose step was done in feedback: the lead's reply meets the feedback deadlines of
 * every assignment of that attempt (the lead replies for all, co-handlers included) and every
 * supervision deadline of the replying assignment.
 */
@Injectable()
export class DeadlineMetService {
  constructor(private readonly inbox: EventInbox) {}

  onReplied(event: EventEnvelope<ReplyRecorded>): Promise<boolean> {
    return this.inbox.handleOnce(event, (manager) => this.meet(manager, event.tenantId, event.data));
  }

  private async meet(manager: EntityManager, tenantId: string, reply: ReplyRecorded): Promise<void> {
    await manager.query(
      // By assignment (deadlines_assignment), so the cost does not grow with the open orders of the district.
      `with attempt as (select a.id from dispatch.assignments a where a.tenant_id = $1 and a.request_id = $2 and a.attempt = $3)
       update dispatch.deadlines d set state = 'met'
        where d.tenant_id = $1 and d.state = 'pending'
          and d.assignment_id = any(array(select id from attempt union select $4::uuid))
          and ((d.kind = 'feedback' and d.assignment_id in (select id from attempt)) or (d.kind = 'supervision' and d.assignment_id = $4))`,
      [tenantId, reply.requestId, reply.attempt, reply.assignmentId],
    );
  }
}
