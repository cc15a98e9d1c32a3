import type { OpenAPIObject } from '@nestjs/swagger';
import { methodNotAllowed } from './method-not-allowed';

const document = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/api/v1/receptions/plans': { post: {} },
    '/api/v1/receptions/{id}': { get: {} },
    '/api/v1/requests/{id}/sign': { post: {} },
  },
} as unknown as OpenAPIObject;

function call(method: string, path: string) {
  const answer: { status?: number; allow?: string; body?: unknown; passed: boolean } = { passed: false };
  const response = {
    status(code: number) {
      answer.status = code;
      return response;
    },
    setHeader(_: string, value: string) {
      answer.allow = value;
    },
    json(body: unknown) {
      answer.body = body;
    },
  };
  methodNotAllowed(document)({ method, path }, response, () => (answer.passed = true));
  return answer;
}

describe('a known path called with a method it does not take answers 405 with Allow', () => {
  it('PATCH on a command path: 405, Allow names the methods it takes', () => {
    expect(call('PATCH', '/api/v1/requests/r-1/sign')).toMatchObject({ status: 405, allow: 'POST', body: { status: 405, code: 'method-not-allowed' } });
  });

  it('a literal path wins over a parameter: GET /receptions/plans is 405, not /receptions/{id}', () => {
    expect(call('GET', '/api/v1/receptions/plans')).toMatchObject({ status: 405, allow: 'POST' });
  });

  it('HEAD goes with GET; allowed methods and unknown paths pass on', () => {
    expect(call('OPTIONS', '/api/v1/receptions/r-1')).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    expect(call('GET', '/api/v1/receptions/r-1').passed).toBe(true);
    expect(call('HEAD', '/api/v1/receptions/r-1').passed).toBe(true);
    expect(call('DELETE', '/api/v1/nowhere').passed).toBe(true);
  });
});

describe('paths of another length, or with a trailing slash', () => {
  it('a trailing slash matches the path without it, and longer or shorter paths are not mistaken for it', () => {
    expect(call('PATCH', '/api/v1/requests/r-1/sign/')).toMatchObject({ status: 405, allow: 'POST' });
    expect(call('PATCH', '/api/v1/requests/r-1/sign/x').passed).toBe(true);
    expect(call('PATCH', '/api/v1/requests/sign').passed).toBe(true);
    expect(call('GET', '/').passed).toBe(true);
  });
});
