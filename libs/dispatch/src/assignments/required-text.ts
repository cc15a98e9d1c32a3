import { ValidationFailed } from '@civicloop/contracts';

/** A reason or note a rule requires: present, not blank, and not a novel. Returns it trimmed. */
export function requiredText(value: unknown, field: string, why: string, maxLength = 2000): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) throw new ValidationFailed([{ field, reason: why }]);
  if (text.length > maxLength) throw new ValidationFailed([{ field, reason: `at most ${maxLength} characters` }]);
  return text;
}
