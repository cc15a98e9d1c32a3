import engagementEn from '../engagement/engagement.en.json';
import engagementZhCN from '../engagement/engagement.zh-CN.json';
import en from './en.json';
import oversightEn from './oversight.en.json';
import oversightZhCN from './oversight.zh-CN.json';
import zhCN from './zh-CN.json';

export type Locale = 'zh-CN' | 'en';

/**
 * Every string of the portal, per locale. Split by area (the general views; oversight: objections,
 * extensions, supervision, callbacks, appeals and rates; engagement: deputies, liaisons, reception days,
 * stations and deliberation), so each file stays readable.
 */
export const MESSAGES: Record<Locale, Record<string, string>> = {
  'zh-CN': { ...zhCN, ...oversightZhCN, ...engagementZhCN },
  en: { ...en, ...oversightEn, ...engagementEn },
};

export type MessageKey = keyof typeof zhCN | keyof typeof oversightZhCN | keyof typeof engagementZhCN;
