import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../identity/identity.guard';

/**
 * Limits are counted per signed-in user (per district), or per address for public endpoints.
 * Counters live in each gateway replica; behind N replicas a caller gets up to N times the limit.
 */
@Injectable()
export class CallerThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: AuthenticatedRequest & { ip?: string }): Promise<string> {
    return request.actor ? `user:${request.actor.tenantId}/${request.actor.userId}` : `ip:${request.ip ?? 'unknown'}`;
  }
}

/** Per minute; signing in is limited harder than work, to slow password guessing. */
export const RATE_LIMITS = {
  perUserPerMinute: Number(process.env.CIVICLOOP_RATE_LIMIT_PER_MINUTE ?? 6000),
  signInPerMinute: Number(process.env.CIVICLOOP_SIGN_IN_LIMIT_PER_MINUTE ?? 30),
};
