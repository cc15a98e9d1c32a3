import type { SaveStationSchedulePayload } from '@civicloop/contracts';
import { scheduleProblems } from './station-schedule-input';

const valid: SaveStationSchedulePayload = {
  stationId: 's',
  rule: { kind: 'nth-weekdays-of-month', weekday: 4, nths: [4, 2] },
  startTime: '14:00',
  endTime: '17:00',
  deputyIds: ['d'],
};

describe('an opening schedule needs a rule that plans dates, a time window and a deputy', () => {
  it('accepts the 2nd and 4th Thursday afternoons, weeks in order', () => {
    expect(scheduleProblems(valid)).toEqual({ rule: { kind: 'nth-weekdays-of-month', weekday: 4, nths: [2, 4] }, problems: [] });
  });

  it('names the rule when it cannot plan dates', () => {
    expect(scheduleProblems({ ...valid, rule: { kind: 'nth-weekdays-of-month', weekday: 4, nths: [] } }).problems).toEqual([
      { field: 'rule', reason: 'nths must name at least one week of the month (1 to 5)' },
    ]);
    expect(scheduleProblems({ ...valid, rule: { kind: 'nth-weekdays-of-month', weekday: 8, nths: [2] } }).problems).toEqual([{ field: 'rule', reason: 'weekday must be 1 (Monday) to 7 (Sunday)' }]);
  });

  it('names a window that ends before it starts, an empty team and a validity the wrong way round', () => {
    const { problems } = scheduleProblems({ ...valid, startTime: '17:00', endTime: '14:00', deputyIds: [], validFrom: '2027-02-01', validUntil: '2027-01-01' });
    expect(problems.map((problem) => problem.field)).toEqual(['endTime', 'deputyIds', 'validUntil']);
  });
});
