import { Logger, type INestApplication } from '@nestjs/common';
import { clockFromEnvironment, type Clock } from '@civicloop/clock';
import { Subjects } from '@civicloop/contracts';
import { DispatchModule } from '@civicloop/dispatch';
import { FeedbackModule } from '@civicloop/feedback';
import { createGatewayApp, setUpIdentity } from '@civicloop/gateway';
import { IntakeModule } from '@civicloop/intake';
import { InProcessBroker, OutboxRelay, startServiceApp, type ServiceRuntime } from '@civicloop/messaging';
import { ReportingModule } from '@civicloop/reporting';

export interface EmbeddedOptions {
  databaseUrl: string;
  migrationDatabaseUrl: string;
  httpPort: number;
  /** Keeps the development realm's signing key, so tokens survive a restart. */
  realmKeyFile: string;
  /** Opens these districts with the demonstration data (idempotent). */
  demoTenantIds?: string[];
  clock?: Clock;
}

export interface EmbeddedCivicLoop {
  url: string;
  broker: InProcessBroker;
  stop(): Promise<void>;
}

/**
 * Gateway and the four services in one process: the same modules as the distributed mode, on one
 * database, with the in-process broker instead of NATS.
 */
export async function startEmbeddedCivicLoop(options: EmbeddedOptions): Promise<EmbeddedCivicLoop> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('the embedded mode (development keys, one process) refuses to run with NODE_ENV=production');
  }
  const broker = new InProcessBroker();
  const runtime: ServiceRuntime = {
    mode: 'embedded',
    databaseUrl: options.databaseUrl,
    migrationDatabaseUrl: options.migrationDatabaseUrl,
    clock: options.clock ?? clockFromEnvironment(process.env), broker, poolSize: 5 };
  const services: INestApplication[] = [];
  for (const [serviceName, module] of [
    ['intake', IntakeModule.register(runtime)],
    ['dispatch', DispatchModule.register(runtime)],
    ['feedback', FeedbackModule.register(runtime)],
    ['reporting', ReportingModule.register(runtime)],
  ] as const) {
    services.push(await startServiceApp({ serviceName, module, runtime, startRelay: false }));
  }
  // Every consumer is registered now, so no event can be published to nobody.
  for (const app of services) app.get(OutboxRelay).start();
  // No Keycloak here: the gateway is its own development realm, checked by the same verifier.
  const identity = setUpIdentity({ gatewayUrl: `http://127.0.0.1:${options.httpPort}`, realmKeyFile: options.realmKeyFile });
  const gateway = await createGatewayApp({ commandClient: broker, ...identity });
  // Before the gateway listens: nobody may reach a demo district that is not open yet.
  for (const tenantId of options.demoTenantIds ?? []) await openDemoDistrict(broker, tenantId);
  await gateway.listen(options.httpPort, '127.0.0.1');
  return {
    url: await gateway.getUrl(),
    broker,
    stop: async () => {
      await gateway.close();
      for (const app of services.reverse()) await app.close();
    },
  };
}

async function openDemoDistrict(broker: InProcessBroker, tenantId: string): Promise<void> {
  const reply = await broker.send(Subjects.ProvisionDistrict, {
    context: { tenantId, userId: 'embedded-setup', roles: ['platform-operator'], unitCodes: [] },
    payload: { tenantId, name: '示范区 (demo)', template: 'demo' },
  });
  if (!reply.ok) throw new Error(`could not open the demo district: ${reply.error.message}`);
  new Logger('embedded').log(`demo district "${tenantId}" is ready`);
}
