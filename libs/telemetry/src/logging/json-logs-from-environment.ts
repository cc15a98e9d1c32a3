import { telemetrySettings } from '../tracing/telemetry-settings';
import { useJsonLogs } from './use-json-logs';

useJsonLogs(telemetrySettings(process.env, process.argv).serviceName);
