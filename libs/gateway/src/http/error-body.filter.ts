import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { isErrorBody } from '@civicloop/contracts';

/** Every HTTP error leaves in one shape: { status, code, message, details? }. */
@Catch(HttpException)
export class ErrorBodyFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void }; type(type: string): void }>();
    // A route that answers another type (the printable letter) has set it already; an error is JSON.
    response.type('application/json');
    const status = exception.getStatus();
    const body = exception.getResponse();
    if (isErrorBody(body)) {
      response.status(status).json(body);
      return;
    }
    const message = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
    response.status(status).json({ status, code: codeFor(status), message: Array.isArray(message) ? message.join('; ') : String(message) });
  }
}

function codeFor(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  return status >= 500 ? 'internal' : 'bad-request';
}
