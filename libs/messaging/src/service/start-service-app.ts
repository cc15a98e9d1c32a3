import { Logger, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TenantTransactions } from '@civicloop/persistence';
import { sampleOutboxBacklog, serveMetrics } from '@civicloop/telemetry';
import { DeadLetterTable } from '../inbox/dead-letters';
import { InProcessServer } from '../in-process/in-process-server';
import { NatsTransportServer } from '../jetstream/nats-transport-server';
import { OutboxRelay } from '../outbox/outbox-relay';
import type { ServiceRuntime } from './service-runtime';

export interface StartServiceOptions {
  serviceName: string;
  module: DynamicModule;
  runtime: ServiceRuntime;
  /** Distributed: the port of its health and metrics endpoints. Embedded services need none (the gateway serves /metrics). */
  httpPort?: number;
  httpHost?: string;
  /**
   * Embedded mode starts relays only once every service listens: an in-process event published
   * before its consumers exist would reach nobody.
   */
  startRelay: boolean;
}

export async function startServiceApp(options: StartServiceOptions): Promise<INestApplication> {
  const logger = new Logger(options.serviceName);
  const app = await NestFactory.create(options.module, { logger: ['error', 'warn', 'log'], abortOnError: false });
  const deadLetters = app.get(DeadLetterTable);
  const strategy = options.runtime.broker
    ? new InProcessServer(options.serviceName, options.runtime.broker)
    : new NatsTransportServer({
        serviceName: options.serviceName,
        connection: options.runtime.nats!.connection,
        ackWaitMs: options.runtime.nats!.ackWaitMs,
        concurrency: options.runtime.nats!.consumerSlots,
        log: (message, error) => logger.error(error instanceof Error ? `${message}: ${error.message}` : message),
      });
  strategy.useDeadLetters(deadLetters);
  strategy.useBatchTransactions(app.get(TenantTransactions));
  app.connectMicroservice({ strategy }, { inheritAppConfig: true });
  await app.startAllMicroservices();
  // A closed service's sampler fails and is left out of the scrape; a restarted one replaces it.
  sampleOutboxBacklog(options.serviceName, () => app.get(OutboxRelay).backlog());
  if (options.httpPort !== undefined) {
    serveMetrics(app);
    await app.listen(options.httpPort, options.httpHost ?? '127.0.0.1');
  } else await app.init();
  if (options.startRelay) app.get(OutboxRelay).start();
  return app;
}

