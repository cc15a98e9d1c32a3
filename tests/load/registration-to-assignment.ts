/**
 * Time from registration (POST /requests) to assignment (assignment.created on JetStream) over the
 * real distributed stack, beside a raw PostgreSQL row + outbox transaction on the same server in
 * the same run. `npm run bench:latency` [-- --requests 1000 --clients 8]
 */
import { connect } from '@nats-io/transport-node';
import { ApiClient, freshTenantId } from '../support/api/api-client';
import { agent, drainageRequest, operator } from '../support/api/demo-people';
import { readFileSync } from 'node:fs';
import { SERVICES, startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { ms, summarize } from './percentiles';
import { rawRowPlusOutbox } from './raw-outbox-baseline';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStack } = require('../support/runner/stack');

/** CPU milliseconds (user + system) each service process has used so far, from /proc. */
function cpuMs(stack: DistributedStack): Record<string, number> {
  const ticks = 1000 / 100; // USER_HZ is 100 on Linux
  return Object.fromEntries(
    SERVICES.map((name) => {
      const fields = readFileSync(`/proc/${stack.processes[name].pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return [name, (Number(fields[11]) + Number(fields[12])) * ticks];
    }),
  );
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
  const requests = option('requests', 1000);
  const clients = option('clients', 8);
  // --intake-only: clients do not wait for the assignment, so the rate is the durable intake's alone.
  const waitForAssignment = !process.argv.includes('--intake-only');
  // With a dev stack's environment loaded (tests/support/dev-stack.js --write-env), reuse its servers.
  const servers = process.env.CIVICLOOP_TEST_PG_URL ? null : createStack();
  if (servers) {
    await servers.start();
    Object.assign(process.env, servers.env());
  }
  const stack = await startDistributedStack('bench');
  try {
    const baseline1 = await rawRowPlusOutbox(stack.databaseUrl, requests, 1);
    const baselineN = await rawRowPlusOutbox(stack.databaseUrl, requests, clients);

    const tenantId = freshTenantId('bench');
    await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '压测区', template: 'demo' });
    const api = new ApiClient(stack.gateway, tenantId, agent);
    const nc = await connect({ servers: process.env.CIVICLOOP_TEST_NATS_URL! });
    const assigned = new Map<string, (at: bigint) => void>();
    const early = new Map<string, bigint>();
    const subscription = nc.subscribe(`civic.${tenantId}.assignment.created`, {
      callback: (_, msg) => {
        const at = process.hrtime.bigint();
        const requestId = msg.json<{ data: { requestId: string } }>().data.requestId;
        const resolve = assigned.get(requestId);
        if (resolve) resolve(at);
        else early.set(requestId, at);
      },
    });
    const latencies: number[] = [];
    const registrationLatencies: number[] = [];
    let next = 0;
    const cpuBefore = cpuMs(stack);
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next++ < requests) {
          const t0 = process.hrtime.bigint();
          const response = await api.post('/requests', drainageRequest());
          if (response.status !== 201) throw new Error(`registration answered ${response.status}: ${JSON.stringify(response.body)}`);
          registrationLatencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          if (!waitForAssignment) continue;
          const at = early.get(response.body.id) ?? (await new Promise<bigint>((resolve) => assigned.set(response.body.id, resolve)));
          latencies.push(Number(at - t0) / 1e6);
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpuAfter = cpuMs(stack);
    subscription.unsubscribe();
    await nc.close();

    const loop = summarize(latencies);
    const registration = summarize(registrationLatencies);
    console.log(`\nregistration → assignment over NATS JetStream, ${requests} requests, ${clients} concurrent clients`);
    console.log(`| what | p50 | p90 | p99 | max | per second |`);
    console.log(`| --- | --- | --- | --- | --- | --- |`);
    console.log(`| raw PG row + outbox tx, 1 client | ${ms(baseline1.p50)} | ${ms(baseline1.p90)} | ${ms(baseline1.p99)} | ${ms(baseline1.max)} | ${baseline1.perSecond.toFixed(0)} |`);
    console.log(`| raw PG row + outbox tx, ${clients} clients | ${ms(baselineN.p50)} | ${ms(baselineN.p90)} | ${ms(baselineN.p99)} | ${ms(baselineN.max)} | ${baselineN.perSecond.toFixed(0)} |`);
    console.log(`| POST /requests → 201 (committed) | ${ms(registration.p50)} | ${ms(registration.p90)} | ${ms(registration.p99)} | ${ms(registration.max)} | ${(requests / seconds).toFixed(0)} |`);
    console.log(`| registration → assignment.created | ${ms(loop.p50)} | ${ms(loop.p90)} | ${ms(loop.p99)} | ${ms(loop.max)} | ${(requests / seconds).toFixed(0)} |`);
    const cpuPerRegistration = SERVICES.map((name) => `${name} ${((cpuAfter[name] - cpuBefore[name]) / requests).toFixed(1)}`);
    console.log(`\nCPU ms per registration (whole loop): ${cpuPerRegistration.join(', ')}`);
    console.log(`registrations per second as a share of the raw row+outbox rate at ${clients} clients: ${((requests / seconds / baselineN.perSecond) * 100).toFixed(1)} %`);
  } finally {
    await stack.stop();
    await servers?.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
