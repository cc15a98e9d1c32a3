import { Logger } from '@nestjs/common';
import { createJsonLog } from './json-log';
import { JsonLogger } from './json-logger';

/** Every Nest logger in this process writes redacted JSON lines to stdout from now on. */
export function useJsonLogs(service: string): void {
  Logger.overrideLogger(new JsonLogger(createJsonLog(service)));
}
