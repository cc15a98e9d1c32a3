type Request = { method: string; path: string; headers: Record<string, string | string[] | undefined> };
type Response = { status(code: number): Response; json(body: unknown): void; headersSent?: boolean };
type Next = (error?: unknown) => void;

/** The gateway reads JSON only (photos come base64 in JSON); 1 MB is room for one photo and its fields. */
export const JSON_BODY_LIMIT = '1mb';
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** Whether the request carries a body at all (RFC 9112: a length above 0, or chunked). */
function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * A body in any other type than JSON is refused with 415 in the gateway's error shape, rather than
 * read as an empty object (a 400 listing every field as missing) or, for a form, parsed after all.
 * Only the API under `prefix`: the development realm's token endpoint takes forms, as Keycloak's does.
 */
export function refuseNonJsonBodies(prefix: string) {
  const api = `/${prefix}/`;
  return (request: Request, response: Response, next: Next): void => {
    if (!request.path.startsWith(api) || !hasBody(request)) return next();
    const type = request.headers['content-type'];
    if (typeof type === 'string' && JSON_TYPE.test(type)) return next();
    response.status(415).json({
      status: 415,
      code: 'unsupported-media-type',
      message: `the body must be JSON (Content-Type: application/json), not ${typeof type === 'string' && type ? type : 'a body without a Content-Type'}`,
    });
  };
}

/** What the JSON body parser (body-parser) reports, by its error `type`. */
interface BodyParserError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
  message?: unknown;
}

/**
 * The body parser's refusals in the gateway's error shape: an oversize body is 413 naming the limit,
 * a body that is not JSON 400; neither is a server error worth a stack trace in the log. Any other
 * error goes on to Nest.
 */
export function bodyParserErrors() {
  return (error: unknown, _request: Request, response: Response, next: Next): void => {
    const problem = (typeof error === 'object' && error !== null ? error : {}) as BodyParserError;
    if (response.headersSent) return next(error);
    if (problem.type === 'entity.too.large') {
      response.status(413).json({ status: 413, code: 'payload-too-large', message: `the body is larger than the gateway accepts (${JSON_BODY_LIMIT} of JSON)`, details: { limitBytes: problem.limit } });
      return;
    }
    if (problem.type === 'entity.parse.failed') {
      response.status(400).json({ status: 400, code: 'bad-request', message: `the body is not valid JSON (${String(problem.message)})` });
      return;
    }
    if (typeof problem.type === 'string' && typeof problem.status === 'number' && problem.status >= 400 && problem.status < 500) {
      // encoding.unsupported, charset.unsupported, request.aborted, request.size.invalid…
      response.status(problem.status).json({ status: problem.status, code: problem.status === 415 ? 'unsupported-media-type' : 'bad-request', message: String(problem.message) });
      return;
    }
    next(error);
  };
}
