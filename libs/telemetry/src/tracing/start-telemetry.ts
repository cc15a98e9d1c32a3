import type { NodeSDK } from '@opentelemetry/sdk-node';
import type { TelemetrySettings } from './telemetry-settings';

let sdk: NodeSDK | null = null;

/** Paths no one wants a trace of: probes and scrapes, several a second per pod. */
const UNTRACED_PATHS = /^\/(metrics|health)(\/|\?|$)/;

/**
 * Starts the OpenTelemetry NodeSDK when tracing is configured: http, express, NestJS and pg
 * instrumentations, the OTLP trace exporter chosen and pointed by the standard OTEL_* variables.
 * It must run before those modules are first required (see register.ts). With tracing off nothing
 * is loaded: the SDK costs about 150 ms of startup, and the @opentelemetry/api calls in the
 * transports stay no-ops. An unreachable collector only drops spans; exports never throw here.
 */
export function startTelemetry(settings: TelemetrySettings): boolean {
  if (!settings.tracing || sdk) return sdk !== null;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation, ExpressLayerType } = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { NestInstrumentation } = require('@opentelemetry/instrumentation-nestjs-core') as typeof import('@opentelemetry/instrumentation-nestjs-core');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  sdk = new NodeSDK({
    serviceName: settings.serviceName,
    // Metrics go to Prometheus (/metrics) and logs to stdout; OTLP carries traces unless told otherwise.
    ...(process.env.OTEL_METRICS_EXPORTER ? {} : { metricReaders: [] }),
    ...(process.env.OTEL_LOGS_EXPORTER ? {} : { logRecordProcessors: [] }),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? '') }),
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      new NestInstrumentation(),
      // Background polls (relay, timers) have no parent and would flood the collector with root spans;
      // parameters are never recorded (they hold personal data).
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  return true;
}

/** Flushes the spans still buffered; bounded, so a dead collector cannot hold up a shutdown. */
export async function shutdownTelemetry(timeoutMs = 3_000): Promise<void> {
  const running = sdk;
  sdk = null;
  if (!running) return;
  await Promise.race([running.shutdown().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
}
