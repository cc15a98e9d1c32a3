import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localDate, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  Subjects,
  ValidationFailed,
  type ActorContext,
  type LookupReferencePayload,
  type LookupReferenceResult,
  type RegisterRequestPayload,
  type RequestRegistered,
} from '@civicloop/contracts';
import { COMMAND_CLIENT, newEvent, OutboxWriter, type CommandClient } from '@civicloop/messaging';
import { insertStatementOf } from '@civicloop/persistence';
import { DuplicateFinderService } from '../duplicates/duplicate-finder.service';
import { addressKey, coordinatesProblems } from '../duplicates/places';
import { Resident } from '../residents/resident.entity';
import { CivicRequest } from '../requests/civic-request.entity';
import { recordOwnEvents } from '../requests/record-own-event';
import { characterBigrams } from '../text/character-bigrams';
import { TriageService } from '../triage/triage.service';
import { assertMayTriage } from '../triage/triage-rules';
import { ConfirmedReferenceCodes } from './confirmed-reference-codes';
import { nextOrderNumber } from './order-numbers';

export interface RegisteredRequest {
  id: string;
  orderNo: string;
  status: string;
  version: number;
  /** Open requests this one may duplicate (并单), most similar first; none for a request triaged at once. */
  duplicates: Awaited<ReturnType<DuplicateFinderService['forRequest']>>;
}

@Injectable()
export class RegisterRequestService {
  private readonly confirmedCodes = new ConfirmedReferenceCodes();

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(COMMAND_CLIENT) private readonly services: CommandClient,
    private readonly outbox: OutboxWriter,
    private readonly triage: TriageService,
    private readonly duplicates: DuplicateFinderService,
  ) {}

  /**
   * Asked before the transaction opens: dispatch owns the district's categories and areas. Codes it
   * confirmed are remembered (docs/adr/0018), so a registration usually needs no round trip to it.
   */
  async assertKnownReference(context: ActorContext, payload: RegisterRequestPayload): Promise<void> {
    const codes = { categoryCode: payload.categoryCode, areaCode: payload.areaCode };
    if (this.confirmedCodes.unconfirmed(context.tenantId, codes, this.clock.now().getTime()).length === 0) return;
    const reply = await this.services.send<LookupReferenceResult>(Subjects.LookupReference, {
      context,
      payload: codes satisfies LookupReferencePayload,
    });
    // Dispatch down or starting: the caller may retry with the same Idempotency-Key (ADR 0005).
    if (!reply.ok && reply.error.status === 503) throw new CivicError(503, 'unavailable', 'registration cannot check the category and area right now; retry shortly with the same Idempotency-Key');
    if (!reply.ok) throw new Error(`reference lookup failed: ${reply.error.message}`);
    const now = this.clock.now().getTime();
    for (const field of ['categoryCode', 'areaCode'] as const) {
      if (!reply.data.unknown.includes(field)) this.confirmedCodes.confirm(context.tenantId, field, codes[field], now);
    }
    if (reply.data.unknown.length > 0) {
      throw new ValidationFailed(
        reply.data.unknown.map((field) => ({ field, reason: `no ${field === 'categoryCode' ? 'category' : 'area'} "${payload[field]}" in this district` })),
      );
    }
  }

  async register(manager: EntityManager, context: ActorContext, payload: RegisterRequestPayload): Promise<RegisteredRequest> {
    const placeProblems = coordinatesProblems(payload);
    if (placeProblems.length > 0) throw new ValidationFailed(placeProblems);
    if (payload.triage) assertMayTriage(context, 'triaging a request at registration');
    const now = this.clock.now();
    const resident = manager.create(Resident, {
      id: randomUUID(),
      tenantId: context.tenantId,
      name: payload.residentName,
      phone: payload.residentPhone,
      createdAt: now,
    });
    const request = manager.create(CivicRequest, {
      id: randomUUID(),
      tenantId: context.tenantId,
      orderNo: '',
      channel: payload.channel,
      type: payload.type,
      categoryCode: payload.categoryCode,
      areaCode: payload.areaCode,
      address: payload.address,
      description: payload.description,
      urgency: payload.urgency,
      confidential: payload.confidential,
      residentId: resident.id,
      status: 'registered',
      attempt: 1,
      currentUnitCode: null,
      assignedUnitCodes: [],
      residentUserId: context.roles.includes('resident') ? context.userId : null,
      version: 1,
      registeredAt: now,
      registeredBy: context.userId,
      latitude: payload.latitude ?? null,
      longitude: payload.longitude ?? null,
      addressKey: addressKey(payload.address),
      descriptionBigrams: characterBigrams(payload.description),
      triageOutcome: null,
      triageReason: null,
      triageArticleId: null,
      triageArticleTitle: null,
      emergencyService: null,
      referredTo: null,
      triagedAt: null,
      mergedIntoRequestId: null,
      mergedIntoOrderNo: null,
      mergeReason: null,
      mergedAt: null,
    });
    const event = newEvent<RequestRegistered>(
      {
        type: EventTypes.RequestRegistered,
        aggregateId: request.id,
        aggregateVersion: 1,
        data: {
          requestId: request.id,
          // Triaged in this command: dispatch must not route it.
          dispatch: !payload.triage,
          addressedUnitCode: payload.addressedUnitCode ?? null,
          residentUserId: request.residentUserId,
          orderNo: '',
          channel: request.channel,
          type: request.type,
          categoryCode: request.categoryCode,
          areaCode: request.areaCode,
          urgency: request.urgency,
          confidential: request.confidential,
          residentId: resident.id,
          registeredAt: now.toISOString(),
        },
      },
      context,
      this.clock,
    );
    // Refused before anything is stored: a wrong outcome or an article that cannot be cited is a 400.
    const triaged = payload.triage ? await this.triage.apply(manager, context, request, payload.triage, 'triage.') : null;
    const duplicates = triaged ? [] : await this.duplicates.forRequest(manager, context, request);
    // Last before commit: the counter row stays locked for as short a time as possible. Two
    // statements: the resident with the order number, then the request with its history and outbox.
    const year = Number(localDate(now, DEFAULT_TIME_ZONE).slice(0, 4));
    request.orderNo = event.data.orderNo = await nextOrderNumber(manager, context.tenantId, year, insertStatementOf(manager, Resident, resident));
    await recordOwnEvents(manager, this.outbox, request.id, triaged ? [event, triaged] : [event], insertStatementOf(manager, CivicRequest, request));
    return { id: request.id, orderNo: request.orderNo, status: request.status, version: request.version, duplicates };
  }
}
