import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopOrphanedPostmaster } from './orphaned-postmaster';

/** A stand-in for an orphaned postmaster: a process whose command line names the data directory. */
function fakePostmaster(databaseDir: string) {
  const child = spawn(process.execPath, ['-e', 'process.on("SIGINT", () => process.exit(0)); setInterval(() => {}, 1000)', databaseDir], { stdio: 'ignore' });
  return { child, exited: new Promise((done) => child.once('exit', done)) };
}

describe('a PostgreSQL left running by a killed npm start', () => {
  const databaseDir = mkdtempSync(join(tmpdir(), 'orphan-pg-'));
  afterAll(() => rmSync(databaseDir, { recursive: true, force: true }));

  it('is stopped before the next start when the lock file names it and it serves this directory', async () => {
    const orphan = fakePostmaster(databaseDir);
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(join(databaseDir, 'postmaster.pid'), `${orphan.child.pid}\n${databaseDir}\n`);
    expect(await stopOrphanedPostmaster(databaseDir, () => undefined)).toBe(orphan.child.pid);
    await orphan.exited;
  });

  it('leaves alone a process that merely reuses the PID in a stale lock file', async () => {
    const other = fakePostmaster(join(databaseDir, 'elsewhere'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(join(databaseDir, 'postmaster.pid'), `${other.child.pid}\n`);
    expect(await stopOrphanedPostmaster(databaseDir, () => undefined)).toBeUndefined();
    expect(other.child.exitCode).toBeNull();
    other.child.kill('SIGKILL');
    await other.exited;
  });
});
