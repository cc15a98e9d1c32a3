import { MESSAGES } from '../i18n/messages';

/**
 * A backend reason names its rule first ("team-needs-an-in-system-member: …"). The rule's name is
 * shown in the reader's language when the portal knows it, with the server's own text after it.
 */
export function ruleText(reason: string, locale: keyof typeof MESSAGES): string {
  const rule = /^([a-z0-9-]+):\s*/.exec(reason);
  const label = rule ? MESSAGES[locale][`engagement.rule.${rule[1]}`] : undefined;
  return label ? `${label} — ${reason.slice(rule![0].length)}` : reason;
}
