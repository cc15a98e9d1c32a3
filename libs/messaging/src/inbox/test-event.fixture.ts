import type { EventEnvelope } from '@civicloop/contracts';

/** The n-th event of a spec (n < 10), of district-a unless the overrides say otherwise. */
export function testEvent(n: number, overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    eventId: `00000000-0000-4000-8000-00000000000${n}`,
    tenantId: 'district-a',
    type: 'assignment.created',
    version: 1,
    aggregateId: 'r-1',
    aggregateVersion: 1,
    occurredAt: '2026-11-24T00:00:00Z',
    actor: { userId: 'system', roles: [] },
    data: {},
    ...overrides,
  };
}
