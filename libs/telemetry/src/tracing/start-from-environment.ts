import { startTelemetry } from './start-telemetry';
import { telemetrySettings } from './telemetry-settings';

startTelemetry(telemetrySettings(process.env, process.argv));
