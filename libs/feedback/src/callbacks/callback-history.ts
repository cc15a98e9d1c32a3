import type { EntityManager } from 'typeorm';
import { Reply } from '../replies/reply.entity';

/** What a new callback of an attempt builds on: the calls made so far, and the last reply (for the answer). */
export interface CallbackHistory {
  callsSoFar: number;
  lastReply: Reply | null;
}

/** Both in one statement: a callback is one round trip fewer (docs/adr/0023). */
export async function callbackHistory(manager: EntityManager, tenantId: string, requestId: string, attempt: number): Promise<CallbackHistory> {
  const [row]: Array<{ calls: number; reply: Record<string, unknown> | null }> = await manager.query(
    `select (select count(*)::int from feedback.callbacks where tenant_id = $1 and request_id = $2 and attempt = $3) as calls,
            (select json_build_object('id', r.id, 'tenantId', r.tenant_id, 'requestId', r.request_id, 'assignmentId', r.assignment_id,
                                      'unitCode', r.unit_code, 'attempt', r.attempt, 'outcome', r.outcome, 'text', r.text,
                                      'repliedAt', r.replied_at, 'repliedBy', r.replied_by)
               from feedback.replies r where r.tenant_id = $1 and r.request_id = $2
              order by r.replied_at desc, r.id desc limit 1) as reply`,
    [tenantId, requestId, attempt],
  );
  const reply = row.reply ? manager.create(Reply, { ...row.reply, repliedAt: new Date(row.reply.repliedAt as string) }) : null;
  return { callsSoFar: row.calls, lastReply: reply };
}
