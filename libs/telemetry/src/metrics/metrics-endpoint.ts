import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { collectProcessMetrics, metricsRegistry } from './metrics-registry';

/**
 * Express middleware answering `GET /metrics` in the Prometheus text format. It runs before
 * Nest's router, so no guard or global prefix applies: the chart's NetworkPolicy decides who scrapes.
 */
export function metricsEndpoint(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  collectProcessMetrics();
  return (request, response, next) => {
    if (request.method !== 'GET' || (request.url ?? '').split('?')[0] !== '/metrics') return next();
    metricsRegistry
      .metrics()
      .then((body) => {
        response.writeHead(200, { 'content-type': metricsRegistry.contentType });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('metrics unavailable\n');
      });
  };
}

/**
 * Serves /metrics where Prometheus can reach it but the public cannot: on a port of its own when
 * CIVICLOOP_METRICS_PORT is set (the chart sets it; the Ingress routes only the HTTP port), else
 * beside the application's routes (workstations, tests).
 */
export function serveMetrics(app: { use(handler: ReturnType<typeof metricsEndpoint>): unknown }, env: NodeJS.ProcessEnv = process.env): Server | null {
  const handler = metricsEndpoint();
  if (!env.CIVICLOOP_METRICS_PORT) {
    app.use(handler);
    return null;
  }
  const server = createServer((request, response) =>
    handler(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('only /metrics here\n');
    }),
  );
  server.listen(Number(env.CIVICLOOP_METRICS_PORT), env.CIVICLOOP_HTTP_HOST ?? '127.0.0.1');
  server.unref();
  return server;
}
