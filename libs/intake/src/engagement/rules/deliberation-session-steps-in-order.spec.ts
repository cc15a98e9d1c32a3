import { allowedSessionActions, nextSessionState } from './deliberation-workflow';

describe('a deliberation session goes planned → held → decided → closed', () => {
  it('takes its steps in order, voting while held and completing tasks once decided', () => {
    let state = nextSessionState('planned', 'hold');
    expect(state).toBe('held');
    expect(nextSessionState(state, 'vote')).toBe('held');
    state = nextSessionState(state, 'decide');
    expect(state).toBe('decided');
    expect(nextSessionState(state, 'complete-task')).toBe('decided');
    expect(nextSessionState(state, 'close')).toBe('closed');
    expect(allowedSessionActions('closed')).toEqual([]);
  });

  it('refuses deciding before holding with 409 naming the state and what is allowed', () => {
    expect(() => nextSessionState('planned', 'decide')).toThrow(expect.objectContaining({ status: 409, details: { state: 'planned', action: 'decide', allowed: ['hold'] } }));
  });

  it('takes no vote once decided and nothing once closed', () => {
    expect(() => nextSessionState('decided', 'vote')).toThrow(/decided: "vote" is not allowed now \(allowed: complete-task, close\)/);
    expect(() => nextSessionState('closed', 'complete-task')).toThrow(/closed: "complete-task" is not allowed now \(allowed: nothing\)/);
  });
});
