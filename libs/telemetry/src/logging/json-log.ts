import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import { contextIfAny } from '@civicloop/persistence';
import { activeTraceIds } from '../tracing/message-spans';
import { REDACTED, REDACTED_PATHS } from './log-redaction';

/**
 * One JSON object per line: time, level, service, message, and the trace, span and district of
 * the work being done (from the active span and the acting context), with personal data and
 * credentials redacted wherever they appear as fields.
 */
export function createJsonLog(service: string, destination?: DestinationStream): Pino {
  return pino(
    {
      base: { service, pid: process.pid },
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
      mixin: () => {
        const tenant = contextIfAny()?.tenantId;
        return { ...activeTraceIds(), ...(tenant ? { tenant } : {}) };
      },
    },
    destination,
  );
}
