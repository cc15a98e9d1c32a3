import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, RequestRegistered } from '@civicloop/contracts';
import { EventInbox } from '@civicloop/messaging';
import { RequestOwner } from './request-owner.entity';

/** Remembers which resident account raised each request, from intake's `request.registered`. */
@Injectable()
export class RequestOwnersService {
  constructor(private readonly inbox: EventInbox) {}

  onRegistered(event: EventEnvelope<RequestRegistered>): Promise<boolean> {
    return this.inbox.handleOnce(event, async (manager) => {
      const residentUserId = event.data.residentUserId;
      if (!residentUserId) return; // registered by the call centre for a caller: rated by callback only
      await manager.insert(RequestOwner, { tenantId: event.tenantId, requestId: event.data.requestId, residentUserId });
    });
  }

  async ownerOf(manager: EntityManager, tenantId: string, requestId: string): Promise<string | null> {
    return (await manager.findOneBy(RequestOwner, { tenantId, requestId }))?.residentUserId ?? null;
  }
}
