import { BearerTokenIdentity } from './bearer-token-identity';
import type { IdentityResolver } from './identity-resolver';
import { KeycloakConnectVerifier } from './keycloak/keycloak-connect-verifier';
import { loadDemoUsers } from './local-realm/demo-users';
import { LocalRealm } from './local-realm/local-realm';
import { loadOrCreateRealmKey } from './local-realm/realm-key';
import { portalLoginFor, type PortalLogin } from './portal-login';
import { CachingTokenVerifier } from './tokens/caching-token-verifier';
import { CIVICLOOP_REALM, GATEWAY_CLIENT_ID, type RealmSettings } from './tokens/token-verifier';

export interface IdentitySetup {
  identity: IdentityResolver;
  /** What the portal is told about signing in (GET /api/v1/portal-config). */
  portalLogin: PortalLogin;
  /** Set when the gateway is its own development realm (no Keycloak configured). */
  localRealm?: LocalRealm;
}

export interface IdentityOptions {
  /** Keycloak's base URL; without it the gateway serves a development realm of its own. */
  keycloakUrl?: string;
  /** Keycloak's base URL as browsers reach it (the portal's login); defaults to keycloakUrl. */
  keycloakPublicUrl?: string;
  realm?: string;
  clientId?: string;
  /** The gateway's own base URL, the issuer of the development realm. */
  gatewayUrl: string;
  /** Where the development realm keeps its signing key (so tokens survive restarts). */
  realmKeyFile?: string;
}

/**
 * Tokens are always checked by the same verifier (keycloak-connect): against Keycloak's realm, or
 * against the key set the gateway itself publishes in development (ARCHITECTURE.md, "Decided"),
 * behind the same cache of verified tokens (docs/adr/0022).
 */
export function setUpIdentity(options: IdentityOptions): IdentitySetup {
  const realm = options.realm ?? CIVICLOOP_REALM;
  const clientId = options.clientId ?? GATEWAY_CLIENT_ID;
  if (options.keycloakUrl) {
    const settings: RealmSettings = { authServerUrl: options.keycloakUrl.replace(/\/$/, ''), realm, clientId };
    return {
      identity: identityFor(settings),
      portalLogin: portalLoginFor({ keycloakUrl: options.keycloakUrl, keycloakPublicUrl: options.keycloakPublicUrl, realm }),
    };
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error('set CIVICLOOP_KEYCLOAK_URL: without Keycloak the gateway would be its own development realm, which production refuses');
  }
  const settings: RealmSettings = { authServerUrl: options.gatewayUrl.replace(/\/$/, ''), realm, clientId };
  const localRealm = new LocalRealm(settings, loadOrCreateRealmKey(options.realmKeyFile), loadDemoUsers());
  return { identity: identityFor(settings), portalLogin: portalLoginFor({ realm }), localRealm };
}

/** A successful RS256 check is trusted until the token's exp or for a minute, whichever is first. */
function identityFor(settings: RealmSettings): BearerTokenIdentity {
  return new BearerTokenIdentity(new CachingTokenVerifier(new KeycloakConnectVerifier(settings)));
}

export function identityOptionsFromEnv(env: NodeJS.ProcessEnv, gatewayUrl: string, realmKeyFile?: string): IdentityOptions {
  return {
    keycloakUrl: env.CIVICLOOP_KEYCLOAK_URL,
    keycloakPublicUrl: env.CIVICLOOP_KEYCLOAK_PUBLIC_URL,
    realm: env.CIVICLOOP_KEYCLOAK_REALM,
    clientId: env.CIVICLOOP_KEYCLOAK_CLIENT_ID,
    gatewayUrl,
    realmKeyFile: env.CIVICLOOP_DEV_REALM_KEY_FILE ?? realmKeyFile,
  };
}
