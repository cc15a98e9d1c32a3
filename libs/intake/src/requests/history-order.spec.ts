import { inHistoryOrder } from './history-order';

describe('a request history', () => {
  const at = (iso: string) => new Date(iso);

  it('puts the closing after the callback that caused it when both share an instant', () => {
    const ordered = inHistoryOrder([
      { type: 'request.closed', occurredAt: at('2026-11-23T10:00:00Z') },
      { type: 'callback.recorded', occurredAt: at('2026-11-23T10:00:00Z') },
    ]);
    expect(ordered.map((e) => e.type)).toEqual(['callback.recorded', 'request.closed']);
  });

  it('keeps time order above everything else', () => {
    const ordered = inHistoryOrder([
      { type: 'callback.recorded', occurredAt: at('2026-11-23T10:00:01Z') },
      { type: 'request.reopened', occurredAt: at('2026-11-23T10:00:00Z') },
    ]);
    expect(ordered.map((e) => e.type)).toEqual(['request.reopened', 'callback.recorded']);
  });

  it('puts a triage decided in the registering command after the registration', () => {
    const ordered = inHistoryOrder([
      { type: 'request.triaged', occurredAt: at('2026-11-23T10:00:00Z') },
      { type: 'request.registered', occurredAt: at('2026-11-23T10:00:00Z') },
    ]);
    expect(ordered.map((e) => e.type)).toEqual(['request.registered', 'request.triaged']);
  });
});
