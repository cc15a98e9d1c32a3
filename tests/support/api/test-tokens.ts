import { LocalRealm, loadOrCreateRealmKey } from '@civicloop/gateway';
import type { Identity } from './api-client';

/** A token for an identity in a district, from the realm the gateway trusts. */
export type TokenSource = (identity: Identity, tenantId: string) => string | Promise<string>;

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

/**
 * Tokens from a real Keycloak by the password grant (the development realm allows it for the
 * portal client): the identity's userId is the Keycloak username, its district is in the user.
 */
export function keycloakTokens(keycloakUrl: string, password: string): TokenSource {
  const issued = new Map<string, Promise<string>>();
  return (identity) => {
    let token = issued.get(identity.userId);
    if (!token) {
      token = fetch(`${keycloakUrl}/realms/civicloop/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'password', client_id: 'civicloop-portal', username: identity.userId, password }),
      }).then(async (response) => {
        if (!response.ok) throw new Error(`Keycloak refused ${identity.userId}: ${response.status} ${await response.text()}`);
        return ((await response.json()) as { access_token: string }).access_token;
      });
      issued.set(identity.userId, token);
    }
    return token;
  };
}
