import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A `npm start` killed with SIGKILL (or by the OOM killer) leaves its embedded PostgreSQL running:
 * the postmaster is a child that outlives its parent and keeps postmaster.pid, so the next start
 * fails with "lock file postmaster.pid already exists". Before starting, we stop that orphan — only
 * if the PID in the lock file really is a postgres serving this data directory — with a fast
 * shutdown (SIGINT), and wait for it to be gone. Resolves to the PID stopped, if any.
 */
export async function stopOrphanedPostmaster(databaseDir: string, log: (line: string) => void, timeoutMs = 30_000): Promise<number | undefined> {
  const lockFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !servesDirectory(pid, databaseDir)) return undefined;
  log(`a PostgreSQL (pid ${pid}) left by an earlier run still serves ${databaseDir}: stopping it`);
  process.kill(pid, 'SIGINT');
  for (const deadline = Date.now() + timeoutMs; alive(pid); await sleep(100)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
  }
  return pid;
}

/** True when the process's command line names this data directory (Linux /proc; elsewhere we leave it alone). */
function servesDirectory(pid: number, databaseDir: string): boolean {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return argv.some((arg) => arg !== '' && resolve(arg) === resolve(databaseDir));
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
