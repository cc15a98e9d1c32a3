import type { ActorContext } from '@civicloop/contracts';

/**
 * Turns an incoming HTTP request into the verified acting context. The Keycloak verifier (issue 3)
 * and the embedded mode's local keys implement this; services trust only what it returns.
 */
export interface IdentityResolver {
  resolve(headers: Record<string, string | string[] | undefined>): Promise<Omit<ActorContext, 'traceparent'> | null>;
}

export const IDENTITY_RESOLVER = Symbol('IdentityResolver');
