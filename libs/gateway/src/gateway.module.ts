import { Module, RequestMethod, type DynamicModule, type INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { COMMAND_CLIENT, type CommandClient } from '@civicloop/messaging';
import { AssignmentsController } from './assignments/assignments.controller';
import { DispatchQueueController } from './dispatch/dispatch-queue.controller';
import { DistrictsController } from './districts/districts.controller';
import { ErrorBodyFilter } from './http/error-body.filter';
import { GatewayHealthController } from './http/gateway-health.controller';
import { ServiceCalls } from './http/service-calls';
import { createValidationPipe } from './http/validation.pipe';
import { IDENTITY_RESOLVER, type IdentityResolver } from './identity/identity-resolver';
import { IdentityGuard } from './identity/identity.guard';
import { ReportsController } from './reports/reports.controller';
import { RequestsController } from './requests/requests.controller';

export interface GatewayOptions {
  commandClient: CommandClient;
  identity: IdentityResolver;
}

export const API_PREFIX = 'api/v1';
export const OPENAPI_PATH = 'api/docs';

/** The public HTTP API: verifies who calls, validates input, forwards to the services. */
@Module({})
export class GatewayModule {
  static register(options: GatewayOptions): DynamicModule {
    return {
      module: GatewayModule,
      controllers: [RequestsController, AssignmentsController, DispatchQueueController, ReportsController, DistrictsController, GatewayHealthController],
      providers: [
        { provide: COMMAND_CLIENT, useValue: options.commandClient },
        { provide: IDENTITY_RESOLVER, useValue: options.identity },
        ServiceCalls,
        { provide: APP_FILTER, useClass: ErrorBodyFilter },
        { provide: APP_GUARD, useClass: IdentityGuard },
      ],
    };
  }
}

/** Builds the gateway application: one place for prefix, guard, validation and the OpenAPI document. */
export async function createGatewayApp(options: GatewayOptions): Promise<INestApplication> {
  const app = await NestFactory.create(GatewayModule.register(options), { logger: ['error', 'warn', 'log'] });
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'health/*path', method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CivicLoop API')
      .setDescription("Closed-loop handling of residents' requests (接诉即办)")
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}/openapi.json` });
  return app;
}
