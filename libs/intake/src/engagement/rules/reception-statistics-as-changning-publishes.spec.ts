import { issueOutcome, receptionFigures } from './reception-statistics';

describe('monthly statistics per street, the figures Changning publishes', () => {
  it('counts rounds, deputy-visits, residents, issues, solved and satisfaction', () => {
    const figures = receptionFigures(
      [
        { presentDeputies: 3, residents: 3 },
        { presentDeputies: 2, residents: 5 },
      ],
      [
        { solved: true, satisfaction: 'satisfied' },
        { solved: true, satisfaction: 'basically-satisfied' },
        { solved: false, satisfaction: 'not-satisfied' },
        { solved: true, satisfaction: null },
      ],
    );
    // 2 rounds; 3 + 2 deputy-visits; 3 + 5 residents; 4 issues, 3 solved; 2 of 3 valid callbacks satisfied → 66.67 %.
    expect(figures).toEqual({ rounds: 2, deputyVisits: 5, residents: 8, issues: 4, solved: 3, rated: 3, satisfied: 2, satisfactionRate: 66.67 });
  });

  it('has no satisfaction rate without a valid callback', () => {
    expect(receptionFigures([], []).satisfactionRate).toBeNull();
  });

  it('takes an issue as solved on the spot, or by its request’s last close, and its last valid callback', () => {
    expect(issueOutcome(true, [])).toEqual({ solved: true, satisfaction: null });
    const reopenedThenSolved = [
      { type: 'callback.recorded', data: { valid: true, solved: false, satisfaction: 'not-satisfied' as const } },
      { type: 'request.reopened', data: {} },
      { type: 'callback.recorded', data: { valid: false, solved: null, satisfaction: null } },
      { type: 'callback.recorded', data: { valid: true, solved: true, satisfaction: 'basically-satisfied' as const } },
      { type: 'request.closed', data: { solved: true } },
    ];
    expect(issueOutcome(false, reopenedThenSolved)).toEqual({ solved: true, satisfaction: 'basically-satisfied' });
    expect(issueOutcome(false, reopenedThenSolved.slice(0, 2))).toEqual({ solved: false, satisfaction: 'not-satisfied' });
  });
});
