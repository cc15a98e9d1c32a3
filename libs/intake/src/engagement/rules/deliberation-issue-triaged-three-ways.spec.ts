import { nextIssueState } from './deliberation-workflow';

describe('a community issue is triaged three ways (居民自治 / 社区协商 / 部门接单)', () => {
  it('self-solved closes it, community sends it to a session, department orders it', () => {
    expect(nextIssueState('collected', 'triage', 'self-solved')).toBe('self-solved');
    expect(nextIssueState('collected', 'triage', 'community')).toBe('community');
    expect(nextIssueState('collected', 'triage', 'department')).toBe('ordered');
  });

  it('a community-level issue goes on an agenda, is decided or ordered there, and is solved when the session closes', () => {
    expect(nextIssueState('community', 'put-on-agenda')).toBe('on-agenda');
    expect(nextIssueState('on-agenda', 'decide-option')).toBe('decided');
    expect(nextIssueState('on-agenda', 'order')).toBe('ordered');
    expect(nextIssueState('decided', 'solve')).toBe('solved');
  });

  it('is triaged once: a second triage is 409, and only community-level issues go on an agenda', () => {
    expect(() => nextIssueState('community', 'triage', 'department')).toThrow(expect.objectContaining({ status: 409, details: expect.objectContaining({ state: 'community', allowed: ['put-on-agenda'] }) }));
    expect(() => nextIssueState('collected', 'put-on-agenda')).toThrow(/collected: "put-on-agenda" is not allowed now \(allowed: triage\)/);
    expect(() => nextIssueState('self-solved', 'put-on-agenda')).toThrow(/allowed: nothing/);
  });
});
