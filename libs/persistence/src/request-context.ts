import { AsyncLocalStorage } from 'node:async_hooks';
import type { ActorContext } from '@civicloop/contracts';

/**
 * The acting context (tenant, user, roles, units, trace) of the command or event being handled.
 * It travels in AsyncLocalStorage so every transaction can set the tenant for row-level security.
 */
const storage = new AsyncLocalStorage<ActorContext>();

export function runInContext<T>(context: ActorContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

export function currentContext(): ActorContext {
  const context = storage.getStore();
  if (!context) {
    throw new Error('no request context: database work must run inside runInContext()');
  }
  return context;
}

/** The acting context if there is one: for log lines, which must never throw. */
export function contextIfAny(): ActorContext | undefined {
  return storage.getStore();
}

/** The context background work (relay, timers, projections) acts under, per tenant. */
export function systemContext(tenantId: string, traceparent?: string): ActorContext {
  return { tenantId, userId: 'system', roles: ['system'], unitCodes: [], traceparent };
}
