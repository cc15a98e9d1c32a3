/** Every event, on the broker and in outbox rows. Personal data never travels in it: residents by id only. */
export interface EventEnvelope<T = unknown> {
  eventId: string;
  tenantId: string;
  /** `<aggregate>.<past-tense verb>`, e.g. `request.registered`. */
  type: string;
  /** Contract version of `data`; consumers ignore fields they do not know. */
  version: number;
  aggregateId: string;
  /** Version of the aggregate after this event, so consumers can order what arrives out of order. */
  aggregateVersion: number;
  occurredAt: string;
  actor: { userId: string; roles: string[] };
  traceparent?: string;
  data: T;
}

export const SUBJECT_PREFIX = 'civic';

/** `civic.<tenant>.<aggregate>.<event>`: one stream holds `civic.>`, consumers filter by event type. */
export function subjectOf(envelope: Pick<EventEnvelope, 'tenantId' | 'type'>): string {
  return `${SUBJECT_PREFIX}.${envelope.tenantId}.${envelope.type}`;
}

/** The filter that matches one event type in every tenant. */
export function subjectFilterFor(eventType: string): string {
  return `${SUBJECT_PREFIX}.*.${eventType}`;
}
