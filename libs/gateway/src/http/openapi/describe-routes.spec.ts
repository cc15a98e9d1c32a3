import { RequestMethod } from '@nestjs/common';
import { errorStatusesOf, type RouteShape } from './describe-routes';

const shape = (overrides: Partial<RouteShape>): RouteShape => ({
  httpMethod: RequestMethod.GET,
  isPublic: false,
  readsBody: false,
  readsQuery: false,
  readsPathParams: false,
  readsHeaders: false,
  readsCommandHeaders: false,
  successStatus: 200,
  bodyClasses: [],
  parameterClasses: [],
  ...overrides,
});

describe('which error statuses a route documents follows from what it reads', () => {
  it('a signed-in list without input: 401, 403 and the rate limit only', () => {
    expect(errorStatusesOf(shape({}))).toEqual([401, 403, 429]);
  });

  it('a command on an id with a body and the command headers: every refusal it can meet', () => {
    expect(errorStatusesOf(shape({ httpMethod: RequestMethod.POST, readsBody: true, readsPathParams: true, readsCommandHeaders: true }))).toEqual([400, 401, 403, 404, 409, 413, 415, 422, 429]);
  });

  it('a public read by id without a token: bad input and unknown ids, no 401/403', () => {
    expect(errorStatusesOf(shape({ isPublic: true, readsPathParams: true, readsQuery: true }))).toEqual([400, 404, 429]);
  });

  it('a public read that accepts an optional token refuses a bad one with 401', () => {
    expect(errorStatusesOf(shape({ isPublic: true, readsHeaders: true, readsQuery: true }))).toEqual([400, 401, 429]);
  });
});
