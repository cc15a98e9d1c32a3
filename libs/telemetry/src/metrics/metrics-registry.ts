import { collectDefaultMetrics, Registry } from 'prom-client';

/** One registry per process: in the embedded mode the four services and the gateway share it. */
export const metricsRegistry = new Registry();

let defaultsCollected = false;

/** Process metrics (CPU, memory, event loop, GC), registered once, when a process first serves /metrics. */
export function collectProcessMetrics(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics({ register: metricsRegistry });
}
