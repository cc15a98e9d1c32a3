import { matchTeamToTopics, type MatchCandidate } from './match-team-to-topics';

const team: MatchCandidate[] = [
  { id: 'teacher', name: '王老师', expertise: ['education', '入学'], inSystem: false },
  { id: 'housing', name: '李主任', expertise: ['housing'], inSystem: true },
  { id: 'property', name: '赵律师', expertise: ['housing.property'], inSystem: false },
];

describe('preparation matches the team to registered topics by expertise', () => {
  it('suggests the most specific expertise first, then broader ones', () => {
    const [match] = matchTeamToTopics(team, [{ id: 't1', categoryCode: 'housing.property.fees', tags: [] }]);
    expect(match.suggested).toEqual(['property', 'housing']);
    expect(match.reason).toContain('housing.property');
  });

  it('matches free tags as well as category codes', () => {
    const [match] = matchTeamToTopics(team, [{ id: 't2', categoryCode: null, tags: ['入学'] }]);
    expect(match.suggested).toEqual(['teacher']);
  });

  it('does not take a sibling category for a match (housing.property does not cover housing.rent)', () => {
    const [match] = matchTeamToTopics(team, [{ id: 't3', categoryCode: 'housing.rent', tags: [] }]);
    expect(match.suggested).toEqual(['housing']);
  });

  it('gives a topic nobody knows to the in-system members, saying so', () => {
    const [match] = matchTeamToTopics(team, [{ id: 't4', categoryCode: 'traffic.signal', tags: [] }]);
    expect(match.suggested).toEqual(['housing']);
    expect(match.reason).toMatch(/in-system/);
  });
});
