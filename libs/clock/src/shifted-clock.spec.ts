import { mkdtempSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SystemClock } from './clock';
import { ShiftedClock, clockFromEnvironment } from './shifted-clock';

const HOUR = 3_600_000;

describe('a clock shifted by a file, for test stacks', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'clock-')), 'offset');

  it('runs in real time while the file is missing', () => {
    const clock = new ShiftedClock(join(tmpdir(), 'no-such-offset-file'));
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it('runs ahead by the offset the file holds, and follows when the file changes', () => {
    writeFileSync(file, String(2 * HOUR));
    const clock = new ShiftedClock(file);
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(2 * HOUR - 1_000);
    writeFileSync(file, String(30 * 24 * HOUR));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000)); // a new mtime even within the same millisecond
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(30 * 24 * HOUR - 1_000);
  });

  it('refuses a file that does not hold a number', () => {
    writeFileSync(file, 'tomorrow');
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    expect(() => new ShiftedClock(file).now()).toThrow('not a number of milliseconds');
  });

  it('is chosen only when the environment names a file, and never in production', () => {
    expect(clockFromEnvironment({})).toBeInstanceOf(SystemClock);
    expect(clockFromEnvironment({ CIVICLOOP_TEST_CLOCK_OFFSET_FILE: file })).toBeInstanceOf(ShiftedClock);
    expect(() => clockFromEnvironment({ CIVICLOOP_TEST_CLOCK_OFFSET_FILE: file, NODE_ENV: 'production' })).toThrow('refused under NODE_ENV=production');
  });
});
