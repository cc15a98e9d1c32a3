import type { ReceptionIssueView } from '../api/engagement-types';
import { dashboardFigures } from './dashboard-figures';

const issue = (over: Partial<ReceptionIssueView>): ReceptionIssueView =>
  ({ id: 'i', categoryCode: 'drainage.blockage', letter: null, legs: [], outcome: { solved: false, satisfaction: null }, ...over }) as ReceptionIssueView;
const letter = { id: 'l', unitCode: 'u', unitName: 'U', signedByDeputyId: 'd', signedBy: 'D', sentAt: '', deliberation: '', body: '' };
const lateLeg = { leg: 'department-to-liaison' as const, state: 'open' as const, dueAt: null, repliedAt: null, repliedBy: null, note: null, escalatedAt: null, late: true };

describe("a deputy's dashboard", () => {
  it('counts received, lettered, solved and satisfied (basically satisfied counts) issues, and late open legs', () => {
    const figures = dashboardFigures([
      issue({ letter, outcome: { solved: true, satisfaction: 'satisfied' } }),
      issue({ letter, outcome: { solved: false, satisfaction: 'not-satisfied' }, legs: [lateLeg, { ...lateLeg, state: 'replied' }] }),
      issue({ categoryCode: 'traffic.signal', outcome: { solved: true, satisfaction: 'basically-satisfied' } }),
      issue({ categoryCode: 'housing', outcome: { solved: true, satisfaction: null } }),
    ]);
    expect(figures).toMatchObject({ received: 4, lettered: 2, solved: 3, rated: 3, satisfied: 2, lateLegs: 1 });
  });

  it('shows where opinions concentrate, most first', () => {
    const figures = dashboardFigures([issue({}), issue({ categoryCode: 'traffic.signal' }), issue({})]);
    expect(figures.byCategory).toEqual([
      { categoryCode: 'drainage.blockage', count: 2 },
      { categoryCode: 'traffic.signal', count: 1 },
    ]);
  });
});
