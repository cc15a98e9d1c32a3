import { allowedDayActions, nextDayState } from './reception-day-workflow';

describe('the steps of a reception day come in order', () => {
  it('goes planned → announced → held → archived', () => {
    let state = nextDayState('planned', 'announce');
    expect(nextDayState(state, 'register-visitor')).toBe('announced');
    expect(nextDayState(state, 'prepare')).toBe('announced');
    state = nextDayState(state, 'hold');
    expect(state).toBe('held');
    expect(nextDayState(state, 'send-letter')).toBe('held');
    expect(nextDayState(state, 'archive')).toBe('archived');
  });

  it('holds nothing before it is announced and takes no letters once archived', () => {
    expect(() => nextDayState('planned', 'hold')).toThrow(/planned: "hold" is not allowed now/);
    expect(() => nextDayState('archived', 'send-letter')).toThrow(/archived: "send-letter" is not allowed now \(allowed: flag-typical\)/);
    expect(allowedDayActions('held')).toEqual(['send-letter', 'flag-typical', 'archive']);
  });
});
