import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Virtual time for a whole test stack: every service started with `env` reads now() as real time
 * plus the offset this writes (libs/clock, ShiftedClock). Moving forward only, as time does.
 */
export class TestClock {
  readonly offsetFile = join(mkdtempSync(join(tmpdir(), 'civicloop-clock-')), 'offset-ms');
  private offsetMs = 0;

  constructor() {
    writeFileSync(this.offsetFile, '0');
  }

  /** For startDistributedStack's sharedEnv (or an embedded process's environment). */
  get env(): Record<string, string> {
    return { CIVICLOOP_TEST_CLOCK_OFFSET_FILE: this.offsetFile };
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(milliseconds: number): Date {
    if (milliseconds < 0) throw new Error('a test clock only moves forward');
    this.offsetMs += milliseconds;
    writeFileSync(this.offsetFile, String(this.offsetMs));
    return this.now();
  }

  /** Jumps to an instant ahead of the current virtual now. */
  jumpTo(instant: Date | string): Date {
    return this.advance(new Date(instant).getTime() - this.now().getTime());
  }
}
