import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../stack/service-process';
import { LOG_DIR } from './personal-data-scan';

/**
 * Starts a service's entry that is expected to refuse to run, and resolves with its exit code and
 * output once it has exited (fails if it is still up after the timeout). The output is also kept in
 * tests/artifacts/logs/<name>.log.
 */
export function runUntilExit(name: string, entry: string, env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/run-ts.js'), join(REPO_ROOT, entry)], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} was still running after ${timeoutMs} ms; it should have refused to start:\n${output.slice(-2000)}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      writeFileSync(join(LOG_DIR, `${name}.log`), output);
      resolve({ code, output });
    });
  });
}
