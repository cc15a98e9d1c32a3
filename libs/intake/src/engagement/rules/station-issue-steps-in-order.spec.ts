import { allowedStationIssueActions, nextStationIssueState } from './station-issue-workflow';

describe('a station issue goes through the seven steps in order', () => {
  it('goes received → accepted → handed-on → answered → closed, or is answered directly once accepted', () => {
    let state = nextStationIssueState('received', 'accept');
    expect(state).toBe('accepted');
    expect(nextStationIssueState(state, 'reply')).toBe('answered');
    state = nextStationIssueState(state, 'hand-on');
    expect(state).toBe('handed-on');
    state = nextStationIssueState(state, 'reply');
    expect(state).toBe('answered');
    expect(nextStationIssueState(state, 'archive')).toBe('closed');
  });

  it('refuses a reply on an answered or closed issue, naming the state', () => {
    expect(() => nextStationIssueState('answered', 'reply')).toThrow(/is answered: "reply" is not allowed now \(allowed: archive\)/);
    expect(() => nextStationIssueState('closed', 'reply')).toThrow(/is closed: "reply" is not allowed now \(allowed: nothing\)/);
    expect(() => nextStationIssueState('received', 'hand-on')).toThrow(/is received: "hand-on" is not allowed now \(allowed: accept\)/);
    expect(allowedStationIssueActions('accepted')).toEqual(['hand-on', 'reply']);
  });
});
