import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  isUuid,
  NotFound,
  ValidationFailed,
  type ActorContext,
  type AddAttachmentPayload,
  type GetAttachmentPayload,
  type RequestAttachmentAdded,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { lockedRequest } from '../requests/locked-request';
import { RequestQueriesService } from '../requests/request-queries.service';
import { recordOwnEvents } from '../requests/record-own-event';
import { checkAttachment } from './attachment-rules';
import { attachmentSummary, type AttachmentSummary } from './attachment-summaries';
import { Attachment } from './attachment.entity';

/** Photos of a request (附件): whoever sees the request may add one and look at them. */
@Injectable()
export class AttachmentsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly requests: RequestQueriesService,
  ) {}

  async add(manager: EntityManager, context: ActorContext, payload: AddAttachmentPayload): Promise<AttachmentSummary> {
    // Locked, so two photos sent at once cannot both take the last place.
    const request = await lockedRequest(manager, context, payload.requestId);
    const soFar = await manager.countBy(Attachment, { tenantId: context.tenantId, requestId: request.id });
    const checked = checkAttachment(payload, soFar);
    if (!checked.ok) throw new ValidationFailed(checked.problems);
    const attachment = manager.create(Attachment, {
      id: randomUUID(),
      tenantId: context.tenantId,
      requestId: request.id,
      fileName: checked.fileName,
      contentType: checked.contentType,
      size: checked.data.length,
      data: checked.data,
      uploadedBy: context.userId,
      uploadedAt: this.clock.now(),
    });
    await manager.insert(Attachment, attachment);
    const event = newEvent<RequestAttachmentAdded>(
      {
        type: EventTypes.RequestAttachmentAdded,
        aggregateId: request.id,
        aggregateVersion: request.version,
        data: { requestId: request.id, attachmentId: attachment.id, contentType: attachment.contentType, size: attachment.size },
      },
      context,
      this.clock,
    );
    await recordOwnEvents(manager, this.outbox, request.id, [event]);
    return attachmentSummary(attachment);
  }

  /** The image as base64 with its type; 404 for a request outside the caller's view or a foreign id. */
  async get(manager: EntityManager, context: ActorContext, payload: GetAttachmentPayload): Promise<AttachmentSummary & { dataBase64: string }> {
    const request = await this.requests.find(manager, context, payload.requestId);
    const attachment = isUuid(payload.attachmentId)
      ? await manager.findOne(Attachment, {
          where: { id: payload.attachmentId, tenantId: context.tenantId, requestId: request.id },
          select: { id: true, fileName: true, contentType: true, size: true, uploadedAt: true, data: true },
        })
      : null;
    if (!attachment) throw new NotFound('attachment', payload.attachmentId);
    return { ...attachmentSummary(attachment), dataBase64: attachment.data.toString('base64') };
  }
}
