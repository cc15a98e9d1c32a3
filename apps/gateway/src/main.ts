import '@civicloop/telemetry/register';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { connect } from '@nats-io/transport-node';
import { createGatewayApp, identityOptionsFromEnv, setUpIdentity } from '@civicloop/gateway';
import { natsConnectionOptions, NatsCommandClient, readDistributedConfig } from '@civicloop/messaging';

async function main(): Promise<void> {
  const config = readDistributedConfig(process.env, 3000);
  const connection = await connect(natsConnectionOptions(process.env, config.natsUrl, 'civicloop-gateway'));
  // Keycloak when CIVICLOOP_KEYCLOAK_URL is set; otherwise a development realm of the gateway's own.
  const identity = setUpIdentity(identityOptionsFromEnv(process.env, `http://127.0.0.1:${config.httpPort}`));
  const app = await createGatewayApp({ commandClient: new NatsCommandClient(connection), ...identity });
  app.enableShutdownHooks();
  await app.listen(config.httpPort, config.httpHost);
  new Logger('gateway').log(`gateway ready on ${await app.getUrl()}`);
}

main().catch((error) => {
  new Logger('gateway').error(`gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
