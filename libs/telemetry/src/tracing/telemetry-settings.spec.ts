import { telemetrySettings } from './telemetry-settings';

const argv = ['node', '/repo/scripts/run-ts.js', '/repo/apps/dispatch/src/main.ts'];

describe('telemetry settings from OTEL_* variables', () => {
  it('leaves tracing off when no endpoint is configured', () => {
    expect(telemetrySettings({}, argv).tracing).toBe(false);
  });

  it('turns tracing on for an OTLP endpoint', () => {
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, argv).tracing).toBe(true);
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, argv).tracing).toBe(true);
  });

  it('turns tracing on for an explicit exporter such as console', () => {
    expect(telemetrySettings({ OTEL_TRACES_EXPORTER: 'console' }, argv).tracing).toBe(true);
  });

  it('keeps tracing off when the SDK is disabled or the exporter is none, whatever the endpoint', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(telemetrySettings({ ...endpoint, OTEL_SDK_DISABLED: 'true' }, argv).tracing).toBe(false);
    expect(telemetrySettings({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }, argv).tracing).toBe(false);
  });

  it('names the service after OTEL_SERVICE_NAME, else after the app it was started from', () => {
    expect(telemetrySettings({ OTEL_SERVICE_NAME: 'dispatch-eu' }, argv).serviceName).toBe('dispatch-eu');
    expect(telemetrySettings({}, argv).serviceName).toBe('dispatch');
    expect(telemetrySettings({}, ['node', '/app/dist/apps/gateway/main.js']).serviceName).toBe('gateway');
    expect(telemetrySettings({}, ['node', 'server.js']).serviceName).toBe('civicloop');
  });
});
