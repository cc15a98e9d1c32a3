import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandOptions } from './service-calls';

/**
 * `Idempotency-Key` (same key and body → the first answer again) and `If-Match` (the version the
 * client last saw; a stale one gets 409) for every command.
 */
export function readCommandHeaders(_: unknown, context: ExecutionContext): CommandOptions {
  const headers = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers;
  const options: CommandOptions = {};
  const key = headers['idempotency-key'];
  if (key !== undefined) {
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) throw new BadRequestException(problem('Idempotency-Key', 'use 1–200 visible ASCII characters'));
    options.idempotencyKey = key;
  }
  const ifMatch = headers['if-match'];
  if (ifMatch !== undefined) {
    const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
    if (!match) throw new BadRequestException(problem('If-Match', 'give the ETag you received, e.g. "3"'));
    options.expectedVersion = Number(match[1]);
  }
  return options;
}

export const CommandHeaders = createParamDecorator(readCommandHeaders);

/** The two headers as the OpenAPI document describes them (the same rules as above). */
export const COMMAND_HEADER_SCHEMAS = {
  'Idempotency-Key': { description: 'retry-safe commands: same key and body → the first answer again', schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' } },
  'If-Match': { description: 'the ETag you last saw; a stale one → 409', schema: { type: 'string', pattern: '^(W/)?"?[0-9]{1,9}"?$' } },
} as const;

function problem(field: string, reason: string) {
  return { status: 400, code: 'validation-failed', message: `${field}: ${reason}`, details: { problems: [{ field, reason }] } };
}
