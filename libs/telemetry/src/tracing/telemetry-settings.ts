/** What the process exports, decided from the standard OTEL_* variables only. */
export interface TelemetrySettings {
  /** False unless an OTLP endpoint (or an explicit OTEL_TRACES_EXPORTER) is configured. */
  tracing: boolean;
  serviceName: string;
}

/**
 * Tracing is off unless someone asked for it: an OTLP endpoint, or an explicit trace exporter
 * other than `none` (e.g. `console` while debugging). OTEL_SDK_DISABLED=true always wins. The
 * service name is OTEL_SERVICE_NAME, else the app the process was started from (`apps/<name>/`).
 */
export function telemetrySettings(env: NodeJS.ProcessEnv, argv: readonly string[]): TelemetrySettings {
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const endpoint = Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  const disabled = env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true' || exporters.includes('none');
  return {
    tracing: !disabled && (endpoint || exporters.length > 0),
    serviceName: env.OTEL_SERVICE_NAME?.trim() || serviceNameFromEntry(argv) || 'civicloop',
  };
}

/** `.../apps/dispatch/src/main.ts` (source) or `.../apps/dispatch/main.js` (a build) → `dispatch`. */
function serviceNameFromEntry(argv: readonly string[]): string | undefined {
  for (const arg of argv.slice(1)) {
    const match = /(?:^|[\\/])apps[\\/]([a-z0-9-]+)[\\/]/.exec(arg);
    if (match) return match[1];
  }
  return undefined;
}
