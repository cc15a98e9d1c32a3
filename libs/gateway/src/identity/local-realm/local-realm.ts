import { randomUUID } from 'node:crypto';
import type { RealmSettings } from '../tokens/token-verifier';
import { PORTAL_CLIENT_ID } from '../tokens/token-verifier';
import type { DemoUser } from './demo-users';
import { signJwt } from './jwt-signer';
import type { RealmKey } from './realm-key';

export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/**
 * The embedded mode's stand-in for the Keycloak realm: the same issuer layout, claims and roles,
 * signed by a local key whose public half the gateway serves at the realm's certs path, so tokens
 * are checked by the same verifier as Keycloak's. Development only.
 */
export class LocalRealm {
  constructor(
    readonly settings: RealmSettings,
    readonly key: RealmKey,
    private readonly users: DemoUser[],
    private readonly lifetimeSeconds = 3600,
  ) {
    if (process.env.NODE_ENV === 'production') throw new Error('the local development realm refuses to run with NODE_ENV=production');
  }

  get issuer(): string {
    return `${this.settings.authServerUrl}/realms/${this.settings.realm}`;
  }

  findUser(username: string): DemoUser | undefined {
    return this.users.find((user) => user.username === username);
  }

  issueFor(user: DemoUser): IssuedToken {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: this.issuer,
      sub: `local:${user.username}`,
      aud: [this.settings.clientId],
      azp: PORTAL_CLIENT_ID,
      typ: 'Bearer',
      iat: now,
      exp: now + this.lifetimeSeconds,
      jti: randomUUID(),
      preferred_username: user.username,
      realm_access: { roles: user.roles },
      ...(user.tenant ? { tenant: user.tenant } : {}),
      units: user.units ?? [],
    };
    return { access_token: signJwt(claims, this.key), token_type: 'Bearer', expires_in: this.lifetimeSeconds };
  }

  jwks(): { keys: Array<Record<string, string>> } {
    return { keys: [this.key.jwk] };
  }
}
