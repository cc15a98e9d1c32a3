import type { I18n } from '../i18n/i18n';

/** A span of time in minutes, hours or days, in the user's language. */
export function formatDuration(t: I18n['t'], ms: number): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return t('time.days', { d: days, h: hours % 24 });
  if (hours > 0) return t('time.hours', { h: hours, m: minutes % 60 });
  return t('time.minutes', { m: minutes });
}
