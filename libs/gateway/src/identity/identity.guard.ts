import { Inject, Injectable, ServiceUnavailableException, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ActorContext } from '@civicloop/contracts';
import { IDENTITY_RESOLVER, type IdentityResolver } from './identity-resolver';
import { IS_PUBLIC } from './public.decorator';
import { traceparentOf } from './trace-context';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: ActorContext;
}

/** Every API route needs a verified identity; the acting context is attached to the request. */
@Injectable()
export class IdentityGuard implements CanActivate {
  constructor(
    @Inject(IDENTITY_RESOLVER) private readonly identity: IdentityResolver,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = await this.identity.resolve(request.headers).catch((error: unknown) => {
      // The realm's keys could not be fetched: the identity provider is down, not the caller wrong.
      if (error instanceof Error && error.name === 'KeySetUnavailableError') throw new ServiceUnavailableException('the identity provider cannot be reached; try again shortly');
      throw error;
    });
    if (!actor) throw new UnauthorizedException('sign in first: no valid identity on this request');
    request.actor = { ...actor, traceparent: traceparentOf(request.headers) };
    return true;
  }
}
