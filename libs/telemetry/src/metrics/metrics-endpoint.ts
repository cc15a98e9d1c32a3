import type { IncomingMessage, ServerResponse } from 'node:http';
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
