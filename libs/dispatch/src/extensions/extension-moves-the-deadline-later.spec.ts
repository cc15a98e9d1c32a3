import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { checkExtension } from './extension-rules';

const calendar = new WorkingCalendar([CHINA_2026]);
const shanghai = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);

describe('an extension asks for a feedback deadline after the current one', () => {
  const current = shanghai('2026-03-10 10:00');

  it('refuses the current deadline itself, or an earlier one', () => {
    for (const requestedDeadline of [current, shanghai('2026-03-09 10:00')]) {
      expect(checkExtension({ calendar, originalDeadline: current, currentDeadline: current, requestedDeadline, capWorkingMinutes: 14_400 })).toMatchObject({
        ok: false,
        problem: 'not-later',
      });
    }
  });

  it('takes a later one within the cap', () => {
    expect(checkExtension({ calendar, originalDeadline: current, currentDeadline: current, requestedDeadline: shanghai('2026-03-12 18:00'), capWorkingMinutes: 14_400 }).ok).toBe(true);
  });
});
