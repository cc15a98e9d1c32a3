import { hash } from 'node:crypto';
import type { CivicTokenClaims, TokenVerifier } from './token-verifier';

export interface CachingTokenVerifierOptions {
  /** How long one verification is trusted at most (default 60 s): a withdrawn signing key stops working within it. */
  maxAgeMs?: number;
  /** Bound of the cache (default 10,000 tokens); the least recently used is dropped first. */
  maxEntries?: number;
  /** The clock `exp` is judged by: Date.now, the one keycloak-connect uses (token.isExpired). */
  now?: () => number;
}

interface Verified {
  claims: CivicTokenClaims;
  /** Milliseconds since the epoch, from `exp`. */
  expiresAt: number;
  /** When this verification stops being trusted, expiry aside. */
  reverifyAt: number;
}

/**
 * Remembers successful verifications so the RS256 check (most of the gateway's CPU per request)
 * runs once per token per minute, not on every request (docs/adr/0022). Keyed by the token's
 * SHA-256: the token itself, which carries names, is neither kept nor logged. Refusals are never
 * cached, `exp` is checked again on every hit, and a verification is trusted for at most
 * `maxAgeMs`, after which the token is verified again (so against the realm's current keys).
 */
export class CachingTokenVerifier implements TokenVerifier {
  private readonly maxAgeMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** In the order of last use: a Map iterates in insertion order, so the first key is the least recent. */
  private readonly verified = new Map<string, Verified>();

  constructor(
    private readonly inner: TokenVerifier,
    options: CachingTokenVerifierOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? (() => Date.now());
  }

  async verify(bearerToken: string): Promise<CivicTokenClaims | null> {
    const key = digestOf(bearerToken);
    const hit = this.verified.get(key);
    if (hit) {
      this.verified.delete(key);
      const now = this.now();
      // Judged as keycloak-connect does: refused once exp (in ms) lies before now.
      if (hit.expiresAt < now) return null;
      if (now < hit.reverifyAt) {
        this.verified.set(key, hit); // now the most recently used
        return copyOf(hit.claims);
      }
    }
    const claims = await this.inner.verify(bearerToken);
    if (claims && typeof claims.exp === 'number') this.remember(key, claims);
    return claims;
  }

  /** How many verifications are held (for tests and metrics). */
  get size(): number {
    return this.verified.size;
  }

  private remember(key: string, claims: CivicTokenClaims): void {
    this.verified.delete(key);
    this.verified.set(key, { claims: copyOf(claims), expiresAt: (claims.exp as number) * 1000, reverifyAt: this.now() + this.maxAgeMs });
    while (this.verified.size > this.maxEntries) this.verified.delete(this.verified.keys().next().value as string);
  }
}

function digestOf(token: string): string {
  return hash('sha256', token, 'base64url');
}

/** Each caller gets its own claims: what one request does with them cannot change the next one's. */
function copyOf(claims: CivicTokenClaims): CivicTokenClaims {
  const copy: CivicTokenClaims = { ...claims };
  if (Array.isArray(claims.units)) copy.units = [...claims.units];
  if (claims.realm_access) copy.realm_access = claims.realm_access.roles ? { roles: [...claims.realm_access.roles] } : { ...claims.realm_access };
  if (Array.isArray(claims.aud)) copy.aud = [...claims.aud];
  return copy;
}
