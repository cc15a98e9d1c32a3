import type { ActorContext } from '@civicloop/contracts';
import type { Resident } from '../residents/resident.entity';
import type { CivicRequest } from './civic-request.entity';
import type { RequestHistoryEntry } from './request-history-entry.entity';

/** Roles that see residents' names and phones in full (PRODUCT.md, "Who sees what"). */
const UNMASKED_ROLES = new Set(['agent', 'dispatcher']);

export function maskName(name: string): string {
  return name.length <= 1 ? '*' : `${name[0]}${'*'.repeat(Math.min(name.length - 1, 3))}`;
}

export function maskPhone(phone: string): string {
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

export function seesUnmaskedResidents(context: ActorContext): boolean {
  return context.roles.some((role) => UNMASKED_ROLES.has(role));
}

export function residentView(resident: Resident, request: CivicRequest, context: ActorContext) {
  if (seesUnmaskedResidents(context)) return { id: resident.id, name: resident.name, phone: resident.phone, masked: false };
  if (request.confidential) return { id: null, name: '保密', phone: null, masked: true };
  return { id: resident.id, name: maskName(resident.name), phone: maskPhone(resident.phone), masked: true };
}

export function requestView(request: CivicRequest, resident: Resident, context: ActorContext) {
  return {
    id: request.id,
    orderNo: request.orderNo,
    status: request.status,
    attempt: request.attempt,
    currentUnitCode: request.currentUnitCode,
    channel: request.channel,
    type: request.type,
    categoryCode: request.categoryCode,
    areaCode: request.areaCode,
    address: request.address,
    description: request.description,
    urgency: request.urgency,
    confidential: request.confidential,
    registeredAt: request.registeredAt.toISOString(),
    registeredBy: request.registeredBy,
    version: request.version,
    latitude: request.latitude,
    longitude: request.longitude,
    resident: residentView(resident, request, context),
    triage: triageView(request),
    mergedInto: request.mergedIntoRequestId ? { id: request.mergedIntoRequestId, orderNo: request.mergedIntoOrderNo, reason: request.mergeReason, mergedAt: request.mergedAt?.toISOString() ?? null } : null,
  };
}

/** The outcome the resident is told when the request left the loop at triage (分类处置). */
export function triageView(request: CivicRequest) {
  if (!request.triageOutcome) return null;
  return {
    outcome: request.triageOutcome,
    reason: request.triageReason,
    article: request.triageArticleId ? { id: request.triageArticleId, title: request.triageArticleTitle } : null,
    emergencyService: request.emergencyService,
    referredTo: request.referredTo,
    triagedAt: request.triagedAt?.toISOString() ?? null,
  };
}

/** The duplicates a primary's handling covers (并单), as listed on the primary. */
export function mergedRequestView(request: CivicRequest) {
  return { id: request.id, orderNo: request.orderNo, status: request.status, reason: request.mergeReason, mergedAt: request.mergedAt?.toISOString() ?? null };
}

export function historyView(entry: RequestHistoryEntry) {
  return {
    eventId: entry.eventId,
    type: entry.type,
    occurredAt: entry.occurredAt.toISOString(),
    actor: { userId: entry.actorId, roles: entry.actorRoles },
    data: entry.data,
  };
}
