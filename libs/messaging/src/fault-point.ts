/**
 * Named windows a fault test can hit: when CIVICLOOP_FAULT_POINT names one, the process kills
 * itself there with SIGKILL, as a crash would. Unset in every real deployment.
 */
export type FaultPointName = 'relay-after-publish' | 'consumer-after-commit';

export function faultPoint(name: FaultPointName): void {
  if (process.env.CIVICLOOP_FAULT_POINT === name) {
    process.stderr.write(`fault point ${name} reached: killing this process\n`);
    process.kill(process.pid, 'SIGKILL');
  }
}
