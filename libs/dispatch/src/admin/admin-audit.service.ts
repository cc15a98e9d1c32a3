import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import type { ActorContext } from '@civicloop/contracts';
import { AdminAuditEntry } from './admin-audit.entity';

/** Records every administrative change in the same transaction as the change itself. */
@Injectable()
export class AdminAuditService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async record(manager: EntityManager, context: ActorContext, action: string, subject: string, before: object | null, after: object | null): Promise<void> {
    await manager.insert(AdminAuditEntry, {
      id: randomUUID(),
      tenantId: context.tenantId,
      actorId: context.userId,
      actorRoles: [...context.roles],
      action,
      subject,
      before,
      after,
      at: this.clock.now(),
    });
  }
}
