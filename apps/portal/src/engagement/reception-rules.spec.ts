import type { ReplyLegView } from '../api/engagement-types';
import { daysOf, legStanding, share, teamProblems, upcoming } from './reception-rules';

const NOW = Date.parse('2027-02-01T10:00:00+08:00');
const leg = (over: Partial<ReplyLegView>): ReplyLegView => ({
  leg: 'department-to-liaison',
  state: 'open',
  dueAt: '2027-02-08T10:00:00+08:00',
  repliedAt: null,
  repliedBy: null,
  note: null,
  escalatedAt: null,
  late: false,
  ...over,
});

describe('a leg of the reply chain, as the portal shows it', () => {
  it('is open while its week runs, due soon in its last two days, late once past', () => {
    expect(legStanding(leg({}), NOW)).toBe('open');
    expect(legStanding(leg({ dueAt: '2027-02-02T09:00:00+08:00' }), NOW)).toBe('due-soon');
    expect(legStanding(leg({ dueAt: '2027-01-31T10:00:00+08:00' }), NOW)).toBe('late');
    expect(legStanding(leg({ late: true }), NOW)).toBe('late');
  });

  it('is done once replied, even late, and waiting while the formal reply is missing', () => {
    expect(legStanding(leg({ state: 'replied', late: true }), NOW)).toBe('replied');
    expect(legStanding(leg({ leg: 'relay-to-resident', state: 'waiting', dueAt: null }), NOW)).toBe('waiting');
  });
});

describe('reception days for a deputy and for the public', () => {
  const team = (...ids: string[]) => ids.map((id) => ({ id, name: id, body: 'cppcc' as const, level: 'district', profession: 'x' }));
  const days = [
    { id: 'a', date: '2027-03-25', team: team('d1', 'd2') },
    { id: 'b', date: '2027-01-28', team: team('d3') },
    { id: 'c', date: '2027-02-25', team: team('d2') },
  ];

  it('keeps the days whose team includes the deputy, or all when the deputy is not known', () => {
    expect(daysOf(days, ['d2']).map((day) => day.id)).toEqual(['a', 'c']);
    expect(daysOf(days, []).map((day) => day.id)).toEqual([]);
    expect(daysOf(days, null)).toHaveLength(3);
  });

  it('lists upcoming days soonest first, today included', () => {
    expect(upcoming(days, '2027-02-25').map((day) => day.id)).toEqual(['c', 'a']);
  });
});

describe('the team composition errors of a plan', () => {
  it('are grouped by team with the rule the backend names', () => {
    const grouped = teamProblems([
      { field: 'teams[0]', reason: 'team-needs-an-in-system-member: at least one member must be in the system' },
      { field: 'teams[0]', reason: 'two-representatives-one-member: a 两代表一委员 team needs 党代表' },
      { field: 'teams[2].deputyIds', reason: "no deputy x in this district's registry" },
      { field: 'year', reason: 'must be an integer' },
    ]);
    expect([...grouped.keys()]).toEqual([0, 2]);
    expect(grouped.get(0)!.map((problem) => problem.rule)).toEqual(['team-needs-an-in-system-member', 'two-representatives-one-member']);
    expect(grouped.get(2)![0]!.reason).toContain('no deputy x');
  });
});

describe('a share', () => {
  it('is null without a whole', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});
