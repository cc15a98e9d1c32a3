/**
 * The first import of every distributed process's main (`import '@civicloop/telemetry/register'`):
 * starts tracing when OTEL_* configures it, then switches Nest's logger to redacted JSON lines.
 * The order of these two imports matters: the SDK patches http, express, Nest and pg only if it
 * starts before they are first required, and the logger pulls in Nest and persistence.
 */
import './tracing/start-from-environment';
import './logging/json-logs-from-environment';
