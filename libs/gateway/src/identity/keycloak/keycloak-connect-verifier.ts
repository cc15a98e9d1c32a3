import Config from 'keycloak-connect/middleware/auth-utils/config';
import GrantManager from 'keycloak-connect/middleware/auth-utils/grant-manager';
import type { CivicTokenClaims, RealmSettings, TokenVerifier } from '../tokens/token-verifier';
import { readJwtHeader } from './jwt-header';
import { RealmKeySet, type RealmKeySetOptions } from './realm-key-set';

export type KeycloakConnectVerifierOptions = RealmKeySetOptions;

/**
 * Checks bearer tokens offline with keycloak-connect's GrantManager, as a bearer-only client:
 * RS256 only, issuer `${authServerUrl}/realms/${realm}`, `aud` naming the gateway's client, not
 * expired, typ Bearer, signed by a key of the realm's JWKS (no static realm-public-key, so keys
 * rotate). Bad tokens resolve to null; only misconfiguration throws (in the constructor), and an
 * unreachable key set (KeySetUnavailableError). Tokens are never logged: they carry names.
 *
 * keycloak-connect is deprecated upstream, hence this class behind TokenVerifier (docs/adr/0010).
 */
export class KeycloakConnectVerifier implements TokenVerifier {
  readonly issuer: string;
  private readonly grants: GrantManager;
  private readonly keys: RealmKeySet;

  constructor(settings: RealmSettings, options: KeycloakConnectVerifierOptions = {}) {
    const authServerUrl = checkedServerUrl(settings.authServerUrl);
    if (!/^[A-Za-z0-9._-]+$/.test(settings.realm ?? '')) throw new Error(`KeycloakConnectVerifier: realm "${settings.realm}" is not a realm name`);
    if (!settings.clientId) throw new Error('KeycloakConnectVerifier: clientId (the gateway client, required in aud) is missing');
    const config = new Config({
      'auth-server-url': authServerUrl,
      realm: settings.realm,
      resource: settings.clientId,
      'bearer-only': true,
      'verify-token-audience': true,
      // keycloak-connect never fetches keys itself: RealmKeySet fills its cache (with a timeout,
      // one shared fetch and a refetch on an unknown kid), so its own 10 s refetch guard never blocks.
      'min-time-between-jwks-requests': Number.MAX_SAFE_INTEGER,
    });
    this.issuer = config.realmUrl;
    this.grants = new GrantManager(config);
    const rotation = this.grants.rotation;
    if (!rotation || !Array.isArray(rotation.jwks)) throw new Error('KeycloakConnectVerifier: keycloak-connect no longer has the key cache this class fills (is it still 26.1.1?)');
    this.keys = new RealmKeySet(`${this.issuer}/protocol/openid-connect/certs`, options, (keys, fetchedAt) => {
      rotation.jwks = keys;
      rotation.lastTimeRequesTime = fetchedAt / 1000;
    });
  }

  async verify(bearerToken: string): Promise<CivicTokenClaims | null> {
    const header = readJwtHeader(bearerToken);
    if (!header || header.alg !== 'RS256' || !header.kid) return null;
    if (!(await this.keys.has(header.kid))) return null;
    let content: Record<string, unknown> | undefined;
    try {
      content = (await this.grants.createGrant({ access_token: bearerToken })).access_token?.content;
    } catch {
      return null; // expired, wrong type, issuer or audience, bad signature: the reason is not the caller's to learn
    }
    return content ? claimsOf(content) : null;
  }

  /** Fetches the realm's keys now (e.g. at start, to fail early on a wrong URL); resolves to their kids. */
  async warmUp(): Promise<string[]> {
    return (await this.keys.current()).map((key) => key.kid);
  }
}

function checkedServerUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`KeycloakConnectVerifier: authServerUrl "${value}" is not a URL`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username) {
    throw new Error(`KeycloakConnectVerifier: authServerUrl "${value}" must be a plain http(s) URL`);
  }
  return value.replace(/\/+$/, '');
}

/**
 * The claims CivicLoop reads, and only those: the token also carries names, which stay out of the
 * context. keycloak-connect treats a token without `exp` as never expiring; this does not.
 */
function claimsOf(content: Record<string, unknown>): CivicTokenClaims | null {
  const { sub, exp, preferred_username, tenant, units, realm_access, aud, azp } = content;
  if (typeof sub !== 'string' || sub === '' || typeof exp !== 'number') return null;
  const claims: CivicTokenClaims = { sub, exp };
  if (typeof preferred_username === 'string') claims.preferred_username = preferred_username;
  if (typeof tenant === 'string') claims.tenant = tenant;
  if (typeof units === 'string') claims.units = units;
  else if (Array.isArray(units)) claims.units = units.filter((unit): unit is string => typeof unit === 'string');
  const roles = realm_access && typeof realm_access === 'object' ? (realm_access as { roles?: unknown }).roles : undefined;
  if (Array.isArray(roles)) claims.realm_access = { roles: roles.filter((role): role is string => typeof role === 'string') };
  if (typeof aud === 'string' || Array.isArray(aud)) claims.aud = aud as string | string[];
  if (typeof azp === 'string') claims.azp = azp;
  return claims;
}
