import { chinaInstant, nextOpenings, openingsBetween, opensOn, type ScheduleRule } from './station-openings';

const afternoons: ScheduleRule = {
  id: 'a',
  rule: { kind: 'nth-weekdays-of-month', weekday: 4, nths: [2, 4] },
  startTime: '14:00',
  endTime: '17:00',
  validFrom: null,
  validUntil: null,
};

describe('a station opens on the 2nd and 4th Thursday afternoons', () => {
  it('lists the openings across a year end, with their time window', () => {
    // December 2026: Thursdays 3, 10, 17, 24, 31; January 2027: 7, 14, 21, 28.
    expect(openingsBetween([afternoons], '2026-12-01', '2027-01-31')).toEqual([
      { scheduleId: 'a', date: '2026-12-10', startTime: '14:00', endTime: '17:00' },
      { scheduleId: 'a', date: '2026-12-24', startTime: '14:00', endTime: '17:00' },
      { scheduleId: 'a', date: '2027-01-14', startTime: '14:00', endTime: '17:00' },
      { scheduleId: 'a', date: '2027-01-28', startTime: '14:00', endTime: '17:00' },
    ]);
  });

  it('merges schedules by date and time, and keeps within a schedule’s validity', () => {
    const education: ScheduleRule = { id: 'b', rule: { kind: 'last-weekday-of-month', weekday: 2 }, startTime: '09:00', endTime: '11:30', validFrom: '2027-01-01', validUntil: '2027-01-31' };
    expect(nextOpenings([afternoons, education], '2026-12-20', 4).map((o) => `${o.date} ${o.startTime} ${o.scheduleId}`)).toEqual([
      '2026-12-24 14:00 a',
      '2027-01-14 14:00 a',
      '2027-01-26 09:00 b',
      '2027-01-28 14:00 a',
    ]);
  });

  it('knows whether a date is an opening, and its start as an instant in Beijing time', () => {
    expect(opensOn(afternoons, '2026-12-10')).toBe(true);
    expect(opensOn(afternoons, '2026-12-17')).toBe(false);
    expect(opensOn({ ...afternoons, validUntil: '2026-12-15' }, '2026-12-24')).toBe(false);
    expect(chinaInstant('2026-12-10', '14:00')).toBe('2026-12-10T06:00:00.000Z');
  });
});
