import { Module, RequestMethod, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ThrottlerModule } from '@nestjs/throttler';
import compression from 'compression';
import helmet from 'helmet';
import { COMMAND_CLIENT, type CommandClient } from '@civicloop/messaging';
import { httpRequestMetrics, serveMetrics } from '@civicloop/telemetry';
import { CatalogueAdminController } from './admin/catalogue-admin.controller';
import { DistrictSettingsController } from './admin/district-settings.controller';
import { ReferenceAdminController } from './admin/reference-admin.controller';
import { AssessmentController } from './assessment/assessment.controller';
import { AssignmentsController } from './assignments/assignments.controller';
import { CallbacksController } from './callbacks/callbacks.controller';
import { CoHandlersController } from './co-handlers/co-handlers.controller';
import { RedispatchController } from './dispatch/redispatch.controller';
import { DispatchQueueController } from './dispatch/dispatch-queue.controller';
import { DistrictsController } from './districts/districts.controller';
import { DeputiesController } from './engagement/deputies.controller';
import { PublicReceptionsController } from './engagement/public-receptions.controller';
import { ReceptionsController } from './engagement/receptions.controller';
import { DELIBERATION_CONTROLLERS } from './engagement/deliberation-controllers';
import { STATION_CONTROLLERS } from './engagement/stations-controllers';
import { ExtensionsController } from './extensions/extensions.controller';
import { CallerThrottlerGuard, RATE_LIMITS } from './http/caller-throttler.guard';
import { ErrorBodyFilter } from './http/error-body.filter';
import { GatewayHealthController } from './http/gateway-health.controller';
import { bodyParserErrors, JSON_BODY_LIMIT, refuseNonJsonBodies } from './http/json-bodies';
import { methodNotAllowed } from './http/method-not-allowed';
import { registeredRoutes } from './http/registered-routes';
import { BEARER_SCHEME, describeRoutes } from './http/openapi/describe-routes';
import { completeBodySchemas } from './http/openapi/cross-field-rule';
import { ServiceCalls } from './http/service-calls';
import { createValidationPipe } from './http/validation.pipe';
import { IDENTITY_RESOLVER, type IdentityResolver } from './identity/identity-resolver';
import { IdentityGuard } from './identity/identity.guard';
import { LOCAL_REALM, LocalRealmController } from './identity/local-realm/local-realm.controller';
import type { LocalRealm } from './identity/local-realm/local-realm';
import { PORTAL_LOGIN, PortalConfigController } from './identity/portal-config.controller';
import type { PortalLogin } from './identity/portal-login';
import { ObjectionsController } from './objections/objections.controller';
import { KnowledgeController } from './knowledge/knowledge.controller';
import { OptionalActor } from './knowledge/optional-actor';
import { PublicReferenceController } from './reference/public-reference.controller';
import { ReferenceController } from './reference/reference.controller';
import { ReportsController } from './reports/reports.controller';
import { AttachmentsController } from './requests/attachments.controller';
import { RequestsController } from './requests/requests.controller';
import { SupervisionController } from './supervision/supervision.controller';

export interface GatewayOptions {
  commandClient: CommandClient;
  identity: IdentityResolver;
  /** Which sign-in the portal offers; the development login when not given. */
  portalLogin?: PortalLogin;
  /** The development realm (no Keycloak): its endpoints are served by the gateway. */
  localRealm?: LocalRealm;
}

export const API_PREFIX = 'api/v1';
export const OPENAPI_PATH = 'api/docs';
/** Where the portal's build (`npm run build:portal`) may be: from the sources, or beside the compiled dist/libs. */
const PORTAL_DIRS = [resolve(__dirname, '../../../dist/portal'), resolve(__dirname, '../../../portal')];
/** Paths the portal's fallback to index.html never answers: they belong to the API and the realm. */
const NOT_PORTAL = /^\/(api|realms|health|metrics)(\/|$)/;

/** The public HTTP API: verifies who calls, validates input, forwards to the services. */
@Module({})
export class GatewayModule {
  static register(options: GatewayOptions): DynamicModule {
    return {
      module: GatewayModule,
      controllers: [
        RequestsController,
        AttachmentsController,
        AssignmentsController,
        ObjectionsController,
        ExtensionsController,
        DispatchQueueController,
        RedispatchController,
        CoHandlersController,
        ReferenceAdminController,
        CatalogueAdminController,
        DistrictSettingsController,
        ReportsController,
        AssessmentController,
        ReferenceController,
        PublicReferenceController,
        DistrictsController,
        SupervisionController,
        CallbacksController,
        KnowledgeController,
        DeputiesController,
        ReceptionsController,
        PublicReceptionsController,
        ...STATION_CONTROLLERS,
        ...DELIBERATION_CONTROLLERS,
        GatewayHealthController,
        PortalConfigController,
        ...(options.localRealm ? [LocalRealmController] : []),
      ],
      imports: [ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: RATE_LIMITS.perUserPerMinute }])],
      providers: [
        ...(options.localRealm ? [{ provide: LOCAL_REALM, useValue: options.localRealm }] : []),
        { provide: PORTAL_LOGIN, useValue: options.portalLogin ?? { login: 'dev' } },
        { provide: COMMAND_CLIENT, useValue: options.commandClient },
        { provide: IDENTITY_RESOLVER, useValue: options.identity },
        ServiceCalls,
        OptionalActor,
        { provide: APP_FILTER, useClass: ErrorBodyFilter },
        { provide: APP_GUARD, useClass: IdentityGuard },
        { provide: APP_GUARD, useClass: CallerThrottlerGuard },
      ],
    };
  }
}

/** Builds the gateway application: one place for prefix, guard, validation and the OpenAPI document. */
export async function createGatewayApp(options: GatewayOptions): Promise<INestApplication> {
  const gateway = GatewayModule.register(options);
  const app = await NestFactory.create<NestExpressApplication>(gateway, { logger: ['error', 'warn', 'log'] });
  // Before Nest's router, so neither the identity guard nor the prefix applies to /metrics.
  serveMetrics(app);
  app.use(httpRequestMetrics());
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/*path', method: RequestMethod.GET },
      { path: 'realms/*path', method: RequestMethod.ALL },
    ],
  });
  // Photos arrive as base64 in JSON (AddAttachmentDto): room for one, and no more.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  // Right after the parser: its refusals (413, bad JSON) leave in the error shape; other types get 415.
  app.use(bodyParserErrors());
  app.use(refuseNonJsonBodies(API_PREFIX));
  app.useGlobalPipes(createValidationPipe());
  // Security headers; the CSP allows the inline bootstrap of the OpenAPI page and nothing from elsewhere.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // The portal exchanges its authorization code at Keycloak's token endpoint (another origin).
          connectSrc: ["'self'", ...(options.portalLogin?.login === 'keycloak' ? [new URL(options.portalLogin.url).origin] : [])],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          // blob: the portal shows a request's photos from memory, fetched with the user's token.
          imgSrc: ["'self'", 'data:', 'blob:'],
        },
      },
    }),
  );
  servePortal(app);
  const bodyClasses = describeRoutes((gateway.controllers ?? []) as Type<unknown>[]);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CivicLoop API')
      .setDescription("Closed-loop handling of residents' requests (接诉即办)")
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
      .build(),
  );
  completeBodySchemas(document, bodyClasses);
  app.use(methodNotAllowed(document));
  // NODE_ENV=test only: the routes Nest registered, for the suite that checks the document lists them all.
  app.use(registeredRoutes(app.getHttpAdapter().getInstance(), API_PREFIX));
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}/openapi.json` });
  return app;
}

/** The portal (same origin): static files, and index.html for its client-side routes. */
function servePortal(app: NestExpressApplication): void {
  const dir = PORTAL_DIRS.find((candidate) => existsSync(join(candidate, 'index.html')));
  if (!dir) return;
  // Compressed (the main bundle is a third of its size gzipped); the API's answers are not, since
  // they carry tokens beside what callers send (BREACH), so they skip the middleware altogether.
  const compress = compression();
  app.use((...[req, res, next]: Parameters<typeof compress>) => (NOT_PORTAL.test(req.path) ? next() : compress(req, res, next)));
  // Hashed assets may be cached; index.html must not, so a new build is picked up at once.
  app.useStaticAssets(dir, {
    index: 'index.html',
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (path.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
    },
  });
  app.use((req: { method: string; path: string }, res: { sendFile(path: string): void }, next: () => void) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !NOT_PORTAL.test(req.path)) res.sendFile(join(dir, 'index.html'));
    else next();
  });
}
