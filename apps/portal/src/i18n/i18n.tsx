import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MESSAGES, type Locale, type MessageKey } from './messages';

export type { Locale, MessageKey };
type Vars = Record<string, string | number>;

const STORAGE_KEY = 'civicloop.locale';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** A message by key, `{name}` placeholders filled in; falls back to Chinese, then to the key. */
  t(key: MessageKey | string, vars?: Vars): string;
  formatDateTime(iso: string | null | undefined): string;
  formatPercent(value: number | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = MESSAGES[locale]['app.title'];
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      locale,
      setLocale,
      t: (key, vars) => {
        const text = MESSAGES[locale][key] ?? MESSAGES['zh-CN'][key] ?? key;
        return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
      },
      formatDateTime: (iso) => (iso ? dateTime.format(new Date(iso)) : MESSAGES[locale]['common.none']),
      formatPercent: (value) => (value === null || value === undefined ? MESSAGES[locale]['common.none'] : percent.format(value)),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
