import { IllegalTransition } from '@civicloop/contracts';
import { nextStatus, REQUEST_STATUSES } from '@civicloop/request-lifecycle';

describe('a request is triaged only while registered or queued, before any unit has it', () => {
  it('triages a registered or queued request', () => {
    expect(nextStatus('registered', 'triage')).toBe('triaged');
    expect(nextStatus('queued', 'triage')).toBe('triaged');
  });

  it('refuses every later status with 409, naming the state and what is allowed', () => {
    for (const status of REQUEST_STATUSES.filter((s) => s !== 'registered' && s !== 'queued')) {
      expect(() => nextStatus(status, 'triage')).toThrow(IllegalTransition);
    }
    expect(() => nextStatus('dispatched', 'triage')).toThrow(/request is dispatched: "triage" is not allowed now \(allowed: .*\bsign\b/);
  });
});
