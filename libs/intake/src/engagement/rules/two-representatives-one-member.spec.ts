import { teamProblems, type TeamMember } from './team-composition';

const member = (id: string, body: TeamMember['body'], inSystem = true): TeamMember => ({ id, body, inSystem });

describe('a 两代表一委员 team has one member of each body', () => {
  it('accepts a Party-congress delegate, a people’s-congress deputy and a CPPCC member', () => {
    expect(teamProblems([member('a', 'party-congress'), member('b', 'peoples-congress'), member('c', 'cppcc')], 'two-representatives-one-member')).toEqual([]);
  });

  it('names the missing bodies', () => {
    const problems = teamProblems([member('a', 'peoples-congress'), member('b', 'peoples-congress')], 'two-representatives-one-member');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^two-representatives-one-member: /);
    expect(problems[0]).toContain('党代表');
    expect(problems[0]).toContain('政协委员');
    expect(problems[0]).not.toContain('人大代表');
  });

  it('does not ask for each body in a free team', () => {
    expect(teamProblems([member('a', 'peoples-congress')], 'free')).toEqual([]);
  });

  it('reports both rules when both are broken', () => {
    const problems = teamProblems([member('a', 'cppcc', false)], 'two-representatives-one-member');
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['team-needs-an-in-system-member', 'two-representatives-one-member']);
  });
});
