import { openApiPath, registeredRoutes, ROUTE_LIST_PATH } from './registered-routes';

const express = {
  router: {
    stack: [
      { route: { path: '/api/v1/requests/:id/attachments/:attachmentId', methods: { get: true } } },
      { route: { path: '/api/v1/requests', methods: { get: true, post: true } } },
      { route: { path: '/health/ready', methods: { get: true } } },
      {},
    ],
  },
};

describe('the routes Nest registered, listed for the suite that compares them with the OpenAPI document', () => {
  const previous = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = previous;
  });

  it('writes Express parameters as OpenAPI does', () => {
    expect(openApiPath('/api/v1/requests/:id/attachments/:attachmentId')).toBe('/api/v1/requests/{id}/attachments/{attachmentId}');
  });

  it('lists the API routes by method under NODE_ENV=test', () => {
    process.env.NODE_ENV = 'test';
    const json = jest.fn();
    registeredRoutes(express, 'api/v1')({ method: 'GET', path: ROUTE_LIST_PATH }, { json }, jest.fn());
    expect(json).toHaveBeenCalledWith({ routes: ['GET /api/v1/requests', 'GET /api/v1/requests/{id}/attachments/{attachmentId}', 'POST /api/v1/requests'] });
  });

  it('does not exist in production', () => {
    process.env.NODE_ENV = 'production';
    const next = jest.fn();
    registeredRoutes(express, 'api/v1')({ method: 'GET', path: ROUTE_LIST_PATH }, { json: jest.fn() }, next);
    expect(next).toHaveBeenCalled();
  });
});
