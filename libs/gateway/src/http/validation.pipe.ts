import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidationFailed, type FieldProblem } from '@civicloop/contracts';
import { cacheValidationMetadata } from './validation-metadata-cache';

/** Bad input → 400 naming each field and why, in the same body shape as every other error. */
export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new GatewayValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(new ValidationFailed(errors.flatMap((e) => problemsOf(e, ''))).toBody()),
  });
}

/**
 * PostgreSQL cannot store a NUL character in text (the insert fails, a 500): an input object with
 * one anywhere is refused here, naming the field, before any service sees it.
 */
class GatewayValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Path ids are checked by the services (an id that is no UUID is not found) before any query.
    const problems = metadata.type === 'body' || metadata.type === 'query' ? nulProblems(value, '') : [];
    if (problems.length > 0) throw new BadRequestException(new ValidationFailed(problems).toBody());
    return super.transform(value, metadata);
  }
}

export function nulProblems(value: unknown, field: string): FieldProblem[] {
  const at = (key: string) => (field ? `${field}.${key}` : key);
  if (typeof value === 'string') return value.includes('\u0000') ? [{ field: field || 'value', reason: 'must not contain the NUL character (\\u0000)' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulProblems(item, `${field}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key.includes('\u0000') ? [{ field: at(key.replaceAll('\u0000', '\\u0000')), reason: 'a property name must not contain the NUL character' }] : nulProblems(item, at(key)),
  );
}

function problemsOf(error: ValidationError, prefix: string): FieldProblem[] {
  const field = `${prefix}${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
  return [...own, ...(error.children ?? []).flatMap((child) => problemsOf(child, `${field}.`))];
}
