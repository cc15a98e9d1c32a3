/**
 * Keys whose values never reach a log line, at any depth up to four levels: residents' personal
 * data, credentials and tokens. Structured fields are redacted by pino (see json-log.ts); free text
 * (messages, error messages, stacks) goes through maskText.
 */
const SECRET_KEYS = [
  'residentName',
  'residentPhone',
  'name',
  'phone',
  'authorization',
  'cookie',
  'password',
  'secret',
  'clientSecret',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'access_token',
  'refresh_token',
  'id_token',
];

export const REDACTED = '[redacted]';

export const REDACTED_PATHS: string[] = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]);

const MASKS: Array<[RegExp, string]> = [
  // Mainland mobile numbers (11 digits from 13x–19x), not inside a longer run of digits.
  [/(?<!\d)1[3-9]\d{9}(?!\d)/g, REDACTED],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // JSON Web Tokens quoted anywhere.
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
];

/** Masks what personal data or credentials free text can contain; keys are handled by REDACTED_PATHS. */
export function maskText(text: string): string {
  return MASKS.reduce((masked, [pattern, replacement]) => masked.replace(pattern, replacement), text);
}
