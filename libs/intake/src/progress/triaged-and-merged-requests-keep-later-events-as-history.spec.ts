import { progressOutcome } from './progress-outcome';

describe('a triaged or merged request keeps later events that do not apply as history only', () => {
  it('does not move a triaged request when dispatch still routes it', () => {
    expect(progressOutcome('triaged', 'queue', false)).toBe('history-only');
    expect(progressOutcome('triaged', 'dispatch', false)).toBe('history-only');
  });

  it('does not move a merged duplicate on a dispatch, but follows its reply', () => {
    expect(progressOutcome('merged', 'dispatch', false)).toBe('history-only');
    expect(progressOutcome('merged', 'reply', false)).toBe('apply');
  });

  it('still waits for the earlier event when an open request gets a step out of order', () => {
    expect(progressOutcome('registered', 'sign', false)).toBe('too-early');
  });

  it('records events without a step, or of a superseded attempt, as history only', () => {
    expect(progressOutcome('dispatched', null, false)).toBe('history-only');
    expect(progressOutcome('dispatched', 'sign', true)).toBe('history-only');
  });
});
