import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { TimerRow } from '../deadlines/deadline-events';
import { SupervisionItem } from './supervision-item.entity';

/** Puts each missed deadline's order on the supervisors' queue, once (the deadline id is unique there). */
export async function escalateMissed(manager: EntityManager, missed: readonly TimerRow[], now: Date): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(SupervisionItem)
    .values(
      missed.map((row) => ({
        id: randomUUID(),
        tenantId: row.tenantId,
        deadlineId: row.id,
        assignmentId: row.assignmentId,
        requestId: row.requestId,
        unitCode: row.unitCode,
        kind: row.kind,
        dueAt: row.dueAt,
        escalatedAt: now,
        state: 'open' as const,
        handledAt: null,
        handledBy: null,
      })),
    )
    .orIgnore()
    .execute();
}
