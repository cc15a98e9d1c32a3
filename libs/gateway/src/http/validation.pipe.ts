import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailed, type FieldProblem } from '@civicloop/contracts';

/** Bad input → 400 naming each field and why, in the same body shape as every other error. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(new ValidationFailed(errors.flatMap((e) => problemsOf(e, ''))).toBody()),
  });
}

function problemsOf(error: ValidationError, prefix: string): FieldProblem[] {
  const field = `${prefix}${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
  return [...own, ...(error.children ?? []).flatMap((child) => problemsOf(child, `${field}.`))];
}
