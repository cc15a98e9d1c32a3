import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Forbidden, hasAnyRole, type ActorContext, type Role } from '@civicloop/contracts';
import { CALLBACK_CALLS } from './callback-calls';

const QUEUE_ROLES: readonly Role[] = ['agent', 'dispatcher', 'supervisor'];

interface QueueRow {
  request_id: string;
  attempt: number;
  status: string;
  unit_code: string | null;
  assignment_id: string | null;
  callback_due_since: Date;
  callback_because: string | null;
  primary_request_id: string | null;
  calls: string;
}

/** The agents' callback queue (回访): requests due a callback, oldest first, with the calls made so far. */
@Injectable()
export class CallbackQueueService {
  async list(manager: EntityManager, context: ActorContext) {
    if (!hasAnyRole(context, QUEUE_ROLES)) throw new Forbidden(`the callback queue needs one of the roles: ${QUEUE_ROLES.join(', ')}`);
    const rows: QueueRow[] = await manager.query(
      `select c.request_id, c.attempt, c.status, c.unit_code, c.assignment_id, c.callback_due_since, c.callback_because, c.primary_request_id,
              (select count(*) from feedback.callbacks b where b.tenant_id = c.tenant_id and b.request_id = c.request_id and b.attempt = c.attempt) as calls
         from feedback.cases c
        where c.tenant_id = $1 and c.callback_due_since is not null and c.status in ('replied', 'expired')
        order by c.callback_due_since, c.request_id
        limit 500`,
      [context.tenantId],
    );
    return rows.map((row) => ({
      requestId: row.request_id,
      attempt: row.attempt,
      status: row.status,
      because: row.callback_because,
      dueSince: new Date(row.callback_due_since).toISOString(),
      unitCode: row.unit_code,
      assignmentId: row.assignment_id,
      primaryRequestId: row.primary_request_id,
      callsMade: Number(row.calls),
      callsLeft: Math.max(0, CALLBACK_CALLS - Number(row.calls)),
    }));
  }
}
