import { teamProblems, type TeamMember } from './team-composition';

const member = (id: string, body: TeamMember['body'], inSystem: boolean): TeamMember => ({ id, body, inSystem });

describe('a team is valid only with at least one in-system member (体制内)', () => {
  it('refuses a team of outsiders only, naming the rule', () => {
    const problems = teamProblems([member('a', 'peoples-congress', false), member('b', 'cppcc', false)], 'free');
    expect(problems).toEqual([expect.stringMatching(/^team-needs-an-in-system-member: /)]);
  });

  it('accepts a team with one in-system member among outsiders', () => {
    expect(teamProblems([member('a', 'peoples-congress', false), member('b', 'cppcc', true)], 'free')).toEqual([]);
  });

  it('refuses an empty team', () => {
    expect(teamProblems([], 'free')).toEqual([expect.stringMatching(/^team-has-members: /)]);
  });
});
