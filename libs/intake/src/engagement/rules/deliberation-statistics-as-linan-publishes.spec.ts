import { deliberationFigures, type CountedCommunityIssue } from './deliberation-statistics';

const issue = (state: CountedCommunityIssue['state'], ordered: CountedCommunityIssue['ordered'] = null): CountedCommunityIssue => ({ state, ordered });

describe("monthly figures as Lin'an publishes them (受理, 解决, 自治解决占比)", () => {
  it('counts accepted, solved (self, by a closed session, by a solved order) and the share self-solved', () => {
    const figures = deliberationFigures(
      [
        issue('self-solved'),
        issue('self-solved'),
        issue('self-solved'),
        issue('solved'),
        issue('decided'),
        issue('collected'),
        issue('ordered', { closed: true, solved: true, satisfaction: 'basically-satisfied' }),
        issue('ordered', { closed: true, solved: false, satisfaction: 'not-satisfied' }),
        issue('ordered', { closed: false, solved: false, satisfaction: null }),
      ],
      2,
    );
    expect(figures).toEqual({
      accepted: 9,
      solved: 5,
      selfSolved: 3,
      selfSolvedShare: 33.33,
      communityLevel: 2,
      departmentLevel: 3,
      pending: 1,
      sessionsHeld: 2,
      ordered: { count: 3, solved: 1, notSolved: 1, inProgress: 1, rated: 2, satisfied: 1, satisfactionRate: 50 },
    });
  });

  it('has no share and no rate without issues or valid callbacks', () => {
    const figures = deliberationFigures([], 1);
    expect(figures.selfSolvedShare).toBeNull();
    expect(figures.ordered.satisfactionRate).toBeNull();
    expect(figures.sessionsHeld).toBe(1);
  });
});
