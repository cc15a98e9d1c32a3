import type { LoggerService, LogLevel } from '@nestjs/common';
import type { Logger as Pino } from 'pino';
import { maskText } from './log-redaction';

type PinoLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

const PINO_LEVEL: Record<LogLevel, PinoLevel> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/**
 * Nest's logger interface over pino: `new Logger('intake').log(...)` anywhere in the process
 * writes a JSON line. Nest passes the context last (and an error's stack before it).
 */
export class JsonLogger implements LoggerService {
  private levels = new Set<LogLevel>(['fatal', 'error', 'warn', 'log']);

  constructor(private readonly pino: Pino) {
    pino.level = 'trace'; // Nest's levels decide (setLogLevels); pino writes what reaches it.
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.levels = new Set(levels);
  }

  private write(level: LogLevel, message: unknown, params: unknown[]): void {
    if (!this.levels.has(level)) return;
    const fields: Record<string, unknown> = {};
    const rest = [...params];
    if (rest.length > 0 && typeof rest[rest.length - 1] === 'string') fields.context = rest.pop();
    if ((level === 'error' || level === 'fatal') && typeof rest[0] === 'string') fields.stack = maskText(rest.shift() as string);
    const log = this.pino[PINO_LEVEL[level]].bind(this.pino);
    if (message instanceof Error) {
      log({ ...fields, error: { type: message.name, message: maskText(message.message) } }, maskText(message.message));
    } else if (typeof message === 'object' && message !== null) {
      log({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      log(fields, maskText(String(message)));
    }
  }
}
