import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eventually } from '../api/api-client';

export const REPO_ROOT = resolve(__dirname, '../../..');
const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts/logs');

/**
 * Node's arguments for an entry: through swc at run time, or, with CIVICLOOP_SERVICES_FROM_DIST=<dir>
 * (a scripts/build-dist.js output inside the repository), its compiled main, as the images run it.
 */
function entryArguments(entry: string): string[] {
  const dist = process.env.CIVICLOOP_SERVICES_FROM_DIST;
  if (dist) return [join(dist, entry.replace(/\.ts$/, '.js'))];
  return [join(REPO_ROOT, 'scripts/run-ts.js'), join(REPO_ROOT, entry)];
}

export interface ServiceProcessOptions {
  name: string;
  entry: string;
  env: Record<string, string>;
  healthUrl: string;
}

/**
 * One CivicLoop process, started from its TypeScript entry the way the deploy scripts start it;
 * its output goes to tests/artifacts/logs/<name>.log for the post-mortem.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  constructor(private readonly options: ServiceProcessOptions) {}

  get healthUrl(): string {
    return this.options.healthUrl;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** How the last run ended: its exit code, or the signal that ended it (undefined while it runs). */
  get exitStatus(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    if (!this.child || (this.child.exitCode === null && this.child.signalCode === null)) return undefined;
    return { code: this.child.exitCode, signal: this.child.signalCode };
  }

  async start(extraEnv: Record<string, string> = {}): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const log = createWriteStream(join(ARTIFACTS, `${this.options.name}.log`), { flags: 'a' });
    // CIVICLOOP_PROFILE_DIR=<dir> writes a V8 CPU profile of each process there when it exits.
    const profile = process.env.CIVICLOOP_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CIVICLOOP_PROFILE_DIR}`] : [];
    const child = spawn(process.execPath, [...profile, ...entryArguments(this.options.entry)], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...this.options.env, ...extraEnv, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    await this.waitReady();
  }

  /** Waits for the health endpoint; a process that died on the way fails at once. */
  async waitReady(timeoutMs = 60_000): Promise<void> {
    const child = this.child!;
    await eventually(
      `${this.options.name} to be ready (see tests/artifacts/logs/${this.options.name}.log)`,
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.options.name} exited (${child.exitCode ?? child.signalCode})`);
        const response = await fetch(this.options.healthUrl).catch(() => null);
        return response?.ok ? true : undefined;
      },
      timeoutMs,
    );
  }

  /** Another process of the same service (a second replica): same entry and environment, its own name and HTTP port. */
  replica(name: string, httpPort: number): ServiceProcess {
    const env = { ...this.options.env, CIVICLOOP_HTTP_PORT: String(httpPort) };
    return new ServiceProcess({ ...this.options, name, env, healthUrl: `http://127.0.0.1:${httpPort}/health/ready` });
  }

  /** Sends a signal and waits for the process to be gone. */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill(signal);
    await this.exited;
  }

  /** Resolves when the process has exited on its own (e.g. a fault point killed it). */
  async waitForExit(timeoutMs = 30_000): Promise<void> {
    await Promise.race([
      this.exited,
      new Promise((_, fail) => setTimeout(() => fail(new Error(`${this.options.name} did not exit within ${timeoutMs} ms`)), timeoutMs)),
    ]);
  }
}
