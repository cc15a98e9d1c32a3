import { bodyParserErrors, refuseNonJsonBodies } from './json-bodies';

function recorder() {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    status(code: number) {
      sent.status = code;
      return response;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  return { sent, response };
}

const request = (path: string, headers: Record<string, string>) => ({ method: 'POST', path, headers });

describe('the gateway reads JSON bodies only, and says so in its error shape', () => {
  const refuse = refuseNonJsonBodies('api/v1');

  it.each([
    ['text/plain', '15'],
    ['application/x-www-form-urlencoded', '3'],
    ['application/xml; charset=utf-8', '20'],
  ])('refuses a %s body on the API with 415', (type, length) => {
    const { sent, response } = recorder();
    const next = jest.fn();
    refuse(request('/api/v1/requests', { 'content-type': type, 'content-length': length }), response, next);
    expect(next).not.toHaveBeenCalled();
    expect(sent).toEqual({ status: 415, body: expect.objectContaining({ status: 415, code: 'unsupported-media-type', message: expect.stringContaining(type) }) });
  });

  it('lets JSON through, a command without a body, and the realm’s form posts', () => {
    for (const passing of [
      request('/api/v1/requests', { 'content-type': 'application/json; charset=utf-8', 'content-length': '2' }),
      request('/api/v1/assignments/x/sign', {}),
      request('/api/v1/assignments/x/sign', { 'content-length': '0', 'content-type': 'text/plain' }),
      request('/realms/civicloop/protocol/openid-connect/token', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '9' }),
    ]) {
      const next = jest.fn();
      refuse(passing, recorder().response, next);
      expect(next).toHaveBeenCalledWith();
    }
  });

  it('answers an oversize body 413 naming the limit, and bad JSON 400, without passing them on as server errors', () => {
    const handle = bodyParserErrors();
    const tooLarge = recorder();
    handle({ type: 'entity.too.large', status: 413, limit: 1_048_576 }, request('/api/v1/requests', {}), tooLarge.response, jest.fn());
    expect(tooLarge.sent).toEqual({ status: 413, body: { status: 413, code: 'payload-too-large', message: expect.stringContaining('1mb'), details: { limitBytes: 1_048_576 } } });
    const malformed = recorder();
    handle({ type: 'entity.parse.failed', status: 400, message: 'Unexpected end of JSON input' }, request('/api/v1/requests', {}), malformed.response, jest.fn());
    expect(malformed.sent).toEqual({ status: 400, body: { status: 400, code: 'bad-request', message: 'the body is not valid JSON (Unexpected end of JSON input)' } });
  });

  it('passes any other error on to Nest', () => {
    const next = jest.fn();
    const failure = new Error('database down');
    bodyParserErrors()(failure, request('/api/v1/requests', {}), recorder().response, next);
    expect(next).toHaveBeenCalledWith(failure);
  });
});
