import { RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ApiBearerAuth, ApiHeader, ApiResponse } from '@nestjs/swagger';
import { IS_PUBLIC } from '../../identity/public.decorator';
import { COMMAND_HEADER_SCHEMAS, readCommandHeaders } from '../command-headers';
import { ErrorBodyDto } from './error-body.dto';
import { describeValidatedClass } from './validation-schema';

export const BEARER_SCHEME = 'bearer';
const API_RESPONSES = 'swagger/apiResponse';

/** Why each error status can come back; which routes get which follows from what the route reads. */
const ERROR_MEANINGS = {
  400: 'bad input: details.problems names each field and why',
  401: 'no valid bearer token',
  403: "the caller's role may not do this",
  404: "no such object in the caller's view (another district's ids look the same)",
  409: 'not allowed in the current state (details: state, action, allowed), a duplicate, or a stale If-Match (details: expected, actual)',
  413: 'the body is larger than the gateway accepts (1 MB of JSON)',
  415: 'the body is not JSON (Content-Type: application/json)',
  422: 'this Idempotency-Key was already used with another body',
  429: 'too many requests from this caller; try again in a minute',
} as const;

interface RouteArgument {
  index: number;
  data?: unknown;
  factory?: unknown;
}

/** What a route handler reads, from the metadata its decorators left. */
export interface RouteShape {
  httpMethod: RequestMethod;
  isPublic: boolean;
  readsBody: boolean;
  readsQuery: boolean;
  readsPathParams: boolean;
  readsHeaders: boolean;
  readsCommandHeaders: boolean;
  successStatus: number;
  /** Classes of whole-object @Body() (JSON: an optional field may be null) and @Query()/@Param() (strings). */
  bodyClasses: Type<unknown>[];
  parameterClasses: Type<unknown>[];
}

/**
 * Completes each route's OpenAPI description from what the route really does, before the document is
 * built: input schemas from the validation decorators, the bearer scheme on signed-in routes, the
 * command headers, and the error statuses its inputs and the services can produce (in one body shape).
 * Returns the body classes (with the classes nested in them), whose schemas admit no other property.
 */
export function describeRoutes(controllers: Type<unknown>[]): Set<Type<unknown>> {
  const bodies = new Set<Type<unknown>>();
  for (const controller of controllers) {
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(controller.prototype, name);
      const handler: unknown = descriptor?.value;
      if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
      const shape = routeShape(controller, name, handler);
      for (const input of shape.bodyClasses) describeValidatedClass(input, { nullableWhenOptional: true }, bodies);
      for (const input of shape.parameterClasses) describeValidatedClass(input, { nullableWhenOptional: false });
      const decorate = (decorator: MethodDecorator) => decorator(controller.prototype, name, descriptor!);
      // Declaring errors replaces Nest's default success entry, so it is declared too (unless the route did).
      const declared = (Reflect.getMetadata(API_RESPONSES, handler) ?? {}) as Record<string, unknown>;
      if (!Object.keys(declared).some((status) => status.startsWith('2'))) decorate(ApiResponse({ status: shape.successStatus, description: 'done' }));
      if (!shape.isPublic) decorate(ApiBearerAuth(BEARER_SCHEME));
      if (shape.readsCommandHeaders) {
        for (const [header, { description, schema }] of Object.entries(COMMAND_HEADER_SCHEMAS)) {
          decorate(ApiHeader({ name: header, required: false, description, schema: { ...schema } }));
        }
      }
      // A status the route declares itself keeps its own, more precise description.
      for (const status of errorStatusesOf(shape).filter((status) => !(status in declared))) {
        decorate(ApiResponse({ status, description: ERROR_MEANINGS[status], type: ErrorBodyDto }));
      }
    }
  }
  return bodies;
}

export function errorStatusesOf(shape: RouteShape): (keyof typeof ERROR_MEANINGS)[] {
  const command = shape.httpMethod !== RequestMethod.GET;
  const statuses: (keyof typeof ERROR_MEANINGS)[] = [];
  if (shape.readsBody || shape.readsQuery || shape.readsPathParams || shape.readsCommandHeaders) statuses.push(400);
  // A public route that reads the headers takes an optional token, and refuses a bad one.
  if (!shape.isPublic || shape.readsHeaders) statuses.push(401);
  if (!shape.isPublic) statuses.push(403);
  if (shape.readsPathParams || (command && shape.readsBody)) statuses.push(404);
  if (command) statuses.push(409);
  if (shape.readsBody) statuses.push(413, 415);
  if (shape.readsCommandHeaders) statuses.push(422);
  statuses.push(429);
  return statuses;
}

function routeShape(controller: Type<unknown>, name: string, handler: object): RouteShape {
  const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, RouteArgument>);
  const paramTypes = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as Type<unknown>[];
  const reads = (type: RouteParamtypes) => args.filter(([key]) => key.split(':')[0] === String(type));
  // A whole-object @Body()/@Query()/@Param() names its class; a single @Param('id') is a string.
  const classesOf = (found: [string, RouteArgument][]) =>
    found.filter(([, argument]) => argument.data === undefined).map(([, argument]) => paramTypes[argument.index]).filter((type) => typeof type === 'function');
  const httpMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
  return {
    httpMethod,
    isPublic: Reflect.getMetadata(IS_PUBLIC, handler) === true || Reflect.getMetadata(IS_PUBLIC, controller) === true,
    readsBody: reads(RouteParamtypes.BODY).length > 0,
    readsQuery: reads(RouteParamtypes.QUERY).length > 0,
    readsPathParams: reads(RouteParamtypes.PARAM).length > 0,
    readsHeaders: reads(RouteParamtypes.HEADERS).length > 0,
    readsCommandHeaders: args.some(([, argument]) => argument.factory === readCommandHeaders),
    successStatus: (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (httpMethod === RequestMethod.POST ? 201 : 200),
    bodyClasses: classesOf(reads(RouteParamtypes.BODY)),
    parameterClasses: classesOf([...reads(RouteParamtypes.QUERY), ...reads(RouteParamtypes.PARAM)]),
  };
}
