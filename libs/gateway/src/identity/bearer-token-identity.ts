import { ROLES, type ActorContext, type Role } from '@civicloop/contracts';
import type { IdentityResolver } from './identity-resolver';
import type { CivicTokenClaims, TokenVerifier } from './tokens/token-verifier';

/** The pseudo-district of platform operators, who belong to none: it holds no data. */
export const PLATFORM_TENANT = 'platform';

/** The caller is who a verified bearer token says: tenant, units and realm roles from its claims. */
export class BearerTokenIdentity implements IdentityResolver {
  constructor(private readonly verifier: TokenVerifier) {}

  async resolve(headers: Record<string, string | string[] | undefined>): Promise<Omit<ActorContext, 'traceparent'> | null> {
    const header = headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim()) : null;
    if (!match) return null;
    const claims = await this.verifier.verify(match[1]);
    return claims ? contextOf(claims) : null;
  }
}

export function contextOf(claims: CivicTokenClaims): Omit<ActorContext, 'traceparent'> | null {
  const roles = (claims.realm_access?.roles ?? []).filter((role): role is Role => (ROLES as readonly string[]).includes(role) && role !== 'system');
  const tenantId = claims.tenant ?? (roles.includes('platform-operator') ? PLATFORM_TENANT : undefined);
  if (!tenantId || !claims.sub) return null;
  const units = Array.isArray(claims.units) ? claims.units : claims.units ? [claims.units] : [];
  return { tenantId, userId: claims.sub, roles, unitCodes: units };
}
