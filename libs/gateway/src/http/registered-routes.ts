type Request = { method: string; path: string };
type Response = { json(body: unknown): void };

interface RouterLayer {
  route?: { path: unknown; methods: Record<string, boolean | undefined> };
}

/** Where the test-only route list is served, beside the health checks. */
export const ROUTE_LIST_PATH = '/health/routes';

/**
 * The routes Nest registered in Express (`/api/v1/requests/:id` written as OpenAPI does,
 * `/api/v1/requests/{id}`), so a test can compare them with the OpenAPI document. Only under
 * NODE_ENV=test (the test stacks); a production gateway does not describe itself beyond the document.
 */
export function registeredRoutes(expressApp: unknown, prefix: string) {
  const enabled = process.env.NODE_ENV === 'test';
  return (request: Request, response: Response, next: () => void): void => {
    if (!enabled || request.method !== 'GET' || request.path !== ROUTE_LIST_PATH) return next();
    const routes = ((expressApp as { router?: { stack: RouterLayer[] } }).router?.stack ?? [])
      .flatMap((layer) => (layer.route && typeof layer.route.path === 'string' ? [layer.route as { path: string; methods: Record<string, boolean | undefined> }] : []))
      .filter((route) => route.path.startsWith(`/${prefix}/`))
      .flatMap((route) => Object.keys(route.methods).filter((method) => route.methods[method] && method !== '_all').map((method) => `${method.toUpperCase()} ${openApiPath(route.path)}`));
    response.json({ routes: [...new Set(routes)].sort() });
  };
}

/** Express's `:name` parameters as OpenAPI's `{name}`. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '');
}
