import { readFileSync, statSync } from 'node:fs';
import { SystemClock, type Clock } from './clock';

/**
 * Real time moved forward by an offset kept in a file, which every process of a test stack reads:
 * a suite writes "how far ahead" (milliseconds) and each service sees the same virtual now — so
 * deadlines, reminders and month ends can be reached without waiting. Tests only: services refuse
 * it under NODE_ENV=production (see clockFromEnvironment). The file is re-read when it changes.
 */
export class ShiftedClock implements Clock {
  private offsetMs = 0;
  private seenMtimeMs = -1;

  constructor(private readonly offsetFile: string) {}

  now(): Date {
    this.refresh();
    return new Date(Date.now() + this.offsetMs);
  }

  private refresh(): void {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.offsetFile).mtimeMs;
    } catch {
      this.offsetMs = 0; // no file yet: real time
      return;
    }
    if (mtimeMs === this.seenMtimeMs) return;
    const text = readFileSync(this.offsetFile, 'utf8').trim();
    const offset = Number(text === '' ? 0 : text);
    if (!Number.isFinite(offset)) throw new Error(`clock offset file ${this.offsetFile} holds "${text}", not a number of milliseconds`);
    this.offsetMs = offset;
    this.seenMtimeMs = mtimeMs;
  }
}

/** The system clock, or — for test stacks only — a clock shifted by CIVICLOOP_TEST_CLOCK_OFFSET_FILE. */
export function clockFromEnvironment(env: NodeJS.ProcessEnv): Clock {
  const offsetFile = env.CIVICLOOP_TEST_CLOCK_OFFSET_FILE;
  if (!offsetFile) return new SystemClock();
  if (env.NODE_ENV === 'production') {
    throw new Error('CIVICLOOP_TEST_CLOCK_OFFSET_FILE shifts time for tests and is refused under NODE_ENV=production');
  }
  return new ShiftedClock(offsetFile);
}
