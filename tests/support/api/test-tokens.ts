import { LocalRealm, loadOrCreateRealmKey } from '@civicloop/gateway';
import type { Identity } from './api-client';

/** Signs a token for any identity in any district, as the realm a gateway trusts would. */
export type TokenSource = (identity: Identity, tenantId: string) => string;

export interface GatewayTarget {
  url: string;
  tokens: TokenSource;
}

/**
 * Tokens from the development realm of a gateway that runs without Keycloak: the test holds the
 * same signing key (CIVICLOOP_DEV_REALM_KEY_FILE), so it can act as people of fresh districts.
 */
export function localRealmTokens(gatewayUrl: string, realmKeyFile: string): TokenSource {
  const realm = new LocalRealm({ authServerUrl: gatewayUrl, realm: 'civicloop', clientId: 'civicloop-gateway' }, loadOrCreateRealmKey(realmKeyFile), []);
  const issued = new Map<string, string>();
  return (identity, tenantId) => {
    const key = `${tenantId}/${identity.userId}/${identity.roles}/${identity.unitCodes ?? ''}`;
    let token = issued.get(key);
    if (!token) {
      token = realm.issueFor({ username: identity.userId, roles: identity.roles, tenant: tenantId, units: identity.unitCodes ?? [] }).access_token;
      issued.set(key, token);
    }
    return token;
  };
}
