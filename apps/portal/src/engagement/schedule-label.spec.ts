import zhCN from './engagement.zh-CN.json';
import en from './engagement.en.json';
import { scheduleLabel } from './schedule-label';

const translator = (messages: Record<string, string>) => (key: string, vars: Record<string, string | number> = {}) =>
  (messages[key] ?? key).replace(/\{(\w+)\}/g, (_whole, name: string) => String(vars[name]));

describe('a station schedule in words', () => {
  it('reads the 2nd and 4th Thursday afternoons in Chinese and English', () => {
    const rule = { kind: 'nth-weekdays-of-month' as const, weekday: 4, nths: [2, 4] };
    expect(scheduleLabel(translator(zhCN), rule, '14:00', '17:00')).toBe('每月第 2、4 个星期四 14:00–17:00');
    expect(scheduleLabel(translator(en), rule)).toBe('Thursday of weeks 2 and 4 of each month');
  });

  it('reads the last Thursday of each month', () => {
    expect(scheduleLabel(translator(zhCN), { kind: 'last-weekday-of-month', weekday: 4 })).toBe('每月最后一个星期四');
  });
});
