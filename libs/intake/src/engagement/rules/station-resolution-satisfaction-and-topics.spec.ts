import { requestOutcome, stationFigures, type CountedStationIssue } from './station-figures';

const base = { source: 'online' as const, receivedAt: new Date(0), acceptedAt: null, firstReplyAt: null };

describe('a dashboard’s requests and its concentration of opinions by topic', () => {
  it('rates the handed-on issues by their last valid callback, basically satisfied counting fully', () => {
    const issues: CountedStationIssue[] = [
      { ...base, categoryCode: 'housing.property', request: { closed: true, solved: true, satisfaction: 'satisfied' } },
      { ...base, categoryCode: 'housing.property', request: { closed: true, solved: false, satisfaction: 'basically-satisfied' } },
      { ...base, categoryCode: 'housing.property', request: { closed: false, solved: null, satisfaction: null } },
      { ...base, categoryCode: 'roads', request: { closed: true, solved: true, satisfaction: 'not-satisfied' } },
      { ...base, categoryCode: null, request: null },
    ];
    const figures = stationFigures(issues);
    expect(figures.requests).toEqual({ handedOn: 4, closed: 3, solved: 2, rated: 3, satisfied: 2, resolutionRate: 66.67, satisfactionRate: 66.67 });
    expect(figures.topics).toEqual([
      { categoryCode: 'housing.property', issues: 3, share: 60 },
      { categoryCode: 'roads', issues: 1, share: 20 },
      { categoryCode: null, issues: 1, share: 20 },
    ]);
  });

  it('reads a request’s outcome from its history: the last valid callback counts', () => {
    expect(
      requestOutcome([
        { type: 'callback.recorded', data: { valid: true, solved: false, satisfaction: 'not-satisfied' } },
        { type: 'request.reopened', data: {} },
        { type: 'callback.recorded', data: { valid: false, solved: null, satisfaction: null } },
        { type: 'callback.recorded', data: { valid: true, solved: true, satisfaction: 'satisfied' } },
        { type: 'request.closed', data: { solved: true } },
      ]),
    ).toEqual({ closed: true, solved: true, satisfaction: 'satisfied' });
    expect(requestOutcome([])).toEqual({ closed: false, solved: null, satisfaction: null });
  });
});
