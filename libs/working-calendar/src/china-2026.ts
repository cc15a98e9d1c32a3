import { CalendarYear } from './calendar-year';

/** Every date from `first` to `last` inclusive, both in the same month. */
function daysOf(month: string, first: number, last: number): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day += 1) {
    days.push(`${month}-${String(day).padStart(2, '0')}`);
  }
  return days;
}

/**
 * The official 2026 schedule: 国务院办公厅关于2026年部分节假日安排的通知, dated 2025-11-04
 * (published by Xinhua the same day). The days are copied from the notice, not derived from the
 * lunar calendar, because only the notice decides which weekend days become working days.
 */
export const CHINA_2026: CalendarYear = Object.freeze({
  year: 2026,
  holidays: Object.freeze([
    ...daysOf('2026-01', 1, 3), // 元旦
    ...daysOf('2026-02', 15, 23), // 春节
    ...daysOf('2026-04', 4, 6), // 清明节
    ...daysOf('2026-05', 1, 5), // 劳动节
    ...daysOf('2026-06', 19, 21), // 端午节
    ...daysOf('2026-09', 25, 27), // 中秋节
    ...daysOf('2026-10', 1, 7), // 国庆节
  ]) as string[],
  makeUpWorkdays: Object.freeze([
    '2026-01-04', // 元旦 (Sunday)
    '2026-02-14', // 春节 (Saturday)
    '2026-02-28', // 春节 (Saturday)
    '2026-05-09', // 劳动节 (Saturday)
    '2026-09-20', // 国庆节 (Sunday)
    '2026-10-10', // 国庆节 (Saturday)
  ]) as string[],
  source: '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
});
