import type { RecurrenceRule } from '../api/engagement-types';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A recurrence in words: "每月第 2、4 个星期四 14:00–17:00" / "the 2nd and 4th Thursday of each month, 14:00–17:00". */
export function scheduleLabel(t: Translate, rule: RecurrenceRule, startTime?: string, endTime?: string): string {
  const weekday = t(`engagement.weekday.${rule.weekday}`);
  const days =
    rule.kind === 'last-weekday-of-month'
      ? t('engagement.schedule.last', { weekday })
      : t('engagement.schedule.nth', { nths: (rule.nths ?? []).join(t('engagement.schedule.and')), weekday });
  return startTime && endTime ? `${days} ${startTime}–${endTime}` : days;
}
