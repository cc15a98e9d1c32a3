import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultPointName } from '@civicloop/messaging';
import type { ServiceName } from '../../support/stack/distributed-stack';
import type { ServiceProcess } from '../../support/stack/service-process';
import type { Scenario } from './fault-run';
import { FAULT_ACK_WAIT_MS, type FaultStack } from './fault-stack';

/** How long a killed or stopped part stays away before it is started again. */
const DOWN_MS = 3_000;
/** How long a link stays cut or slow. */
const DEGRADED_MS = 30_000;

/** 1. kill -9 a process mid-load; start it again a few seconds later (heal = the restart). */
export function killService(process: ServiceProcess, name: string): Scenario {
  return {
    name: `kill -9 ${name}`,
    async inject() {
      await process.kill('SIGKILL');
      await sleep(DOWN_MS);
      const healedAt = Date.now();
      await process.start();
      return { healedAt };
    },
  };
}

/** 2. Stop nats-server and start it again on the same store. */
export function restartBroker(stack: FaultStack): Scenario {
  return {
    name: 'nats-server stop + start',
    async inject() {
      await stack.nats.stop();
      await sleep(DOWN_MS);
      const healedAt = Date.now();
      await stack.nats.start();
      return { healedAt };
    },
  };
}

/** 3. pg_ctl stop -m immediate (a crash: the next start replays the WAL), then start. */
export function crashPostgres(stack: FaultStack): Scenario {
  return {
    name: 'pg_ctl stop -m immediate + start',
    async inject() {
      await stack.pg.stopImmediate();
      await sleep(DOWN_MS);
      const healedAt = Date.now();
      await stack.pg.start();
      return { healedAt };
    },
  };
}

/** 4. SIGSTOP one dispatch replica for longer than the ack wait, so its messages go to the other; then SIGCONT. */
export function freezeReplica(stack: FaultStack): Scenario {
  return {
    name: `SIGSTOP dispatch replica ${(FAULT_ACK_WAIT_MS * 2) / 1000} s (2 replicas)`,
    async inject() {
      const pid = stack.processes.dispatch.pid!;
      process.kill(pid, 'SIGSTOP');
      try {
        await sleep(FAULT_ACK_WAIT_MS * 2);
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      return { healedAt: Date.now() };
    },
  };
}

/** 5. Cut one service off from NATS (its proxy disabled: connections closed, new ones refused), then heal. */
export function partitionFromBroker(stack: FaultStack, service: ServiceName): Scenario {
  return {
    name: `${service} cut off from NATS ${DEGRADED_MS / 1000} s`,
    async inject() {
      await stack.toxiproxy!.setEnabled(`nats-${service}`, false);
      try {
        await sleep(DEGRADED_MS);
      } finally {
        await stack.toxiproxy!.setEnabled(`nats-${service}`, true);
      }
      return { healedAt: Date.now() };
    },
  };
}

/** 6. Every PostgreSQL answer 200 ms late for a while. */
export function slowPostgres(stack: FaultStack): Scenario {
  return {
    name: `PostgreSQL +200 ms latency ${DEGRADED_MS / 1000} s`,
    async inject() {
      await stack.toxiproxy!.addToxic('pg', { name: 'slow', type: 'latency', stream: 'downstream', attributes: { latency: 200 } });
      try {
        await sleep(DEGRADED_MS);
      } finally {
        await stack.toxiproxy!.removeToxic('pg', 'slow');
      }
      return { healedAt: Date.now() };
    },
  };
}

/**
 * 7. The crash windows: the service restarted with a fault point kills itself (SIGKILL) the first
 * time it reaches the window under load — relay published but row not marked, consumer committed
 * but not acked — and is started again without it.
 */
export function crashInWindow(process: ServiceProcess, name: string, point: FaultPointName): Scenario {
  return {
    name: `${name} killed at ${point}`,
    async inject() {
      await process.kill('SIGTERM');
      // Under load it may reach the window before its health check answers.
      await process.start({ CIVICLOOP_FAULT_POINT: point }).catch(() => undefined);
      await process.waitForExit(60_000);
      if (process.exitStatus?.signal !== 'SIGKILL') throw new Error(`${name} ended with ${JSON.stringify(process.exitStatus)}, not at ${point}`);
      const healedAt = Date.now();
      await process.start();
      return { healedAt };
    },
  };
}
