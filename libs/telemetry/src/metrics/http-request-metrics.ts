import type { IncomingMessage, ServerResponse } from 'node:http';
import { Histogram } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

const duration = new Histogram({
  name: 'civicloop_http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status',
  labelNames: ['method', 'route', 'status_code'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

const UNMEASURED = /^\/(metrics|health)(\/|\?|$)/;

type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };

/**
 * Express middleware timing every request to its response's end. The route label is the matched
 * route pattern (`/api/v1/requests/:id`), never the URL, so ids do not become series.
 */
export function httpRequestMetrics(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  return (request, response, next) => {
    if (UNMEASURED.test(request.url ?? '')) return next();
    const stop = duration.startTimer();
    response.once('finish', () => {
      stop({ method: request.method ?? 'GET', route: routeOf(request as RoutedRequest), status_code: String(response.statusCode) });
    });
    next();
  };
}

function routeOf(request: RoutedRequest): string {
  const path = request.route?.path;
  return typeof path === 'string' ? `${request.baseUrl ?? ''}${path}` : 'unmatched';
}
