import { Logger } from '@nestjs/common';

/** A public signing key as the realm's certs endpoint publishes it. */
export interface RealmJwk {
  kty: string;
  kid: string;
  use?: string;
  alg?: string;
  [field: string]: unknown;
}

export interface RealmKeySetOptions {
  /** An unknown kid refetches the set at most this often (default 1 s), so random kids cannot flood the realm. */
  refetchIntervalMs?: number;
  /** The set is refetched before use once it is this old (default 10 min), so withdrawn keys stop verifying. */
  maxAgeMs?: number;
  /** Bound of one fetch of the certs endpoint (default 5 s). */
  requestTimeoutMs?: number;
}

/** The realm's keys could not be fetched, so no token can be checked: an outage or a wrong URL, never the caller's fault. */
export class KeySetUnavailableError extends Error {
  override readonly name = 'KeySetUnavailableError';
}

/**
 * The realm's RS256 signing keys from its JWKS certs endpoint, cached. A kid that is not in the
 * cache refetches the set once (a rotated-in key is then found at once, instead of keycloak-connect's
 * refusal for 10 s after its last fetch); concurrent callers share one fetch.
 */
export class RealmKeySet {
  private readonly logger = new Logger(RealmKeySet.name);
  private keys: RealmJwk[] = [];
  private fetchedAt = 0;
  private inFlight: Promise<RealmJwk[]> | null = null;
  private readonly refetchIntervalMs: number;
  private readonly maxAgeMs: number;
  private readonly requestTimeoutMs: number;

  constructor(
    readonly certsUrl: string,
    options: RealmKeySetOptions = {},
    /** Called with every new set (keycloak-connect's own cache is filled from here). */
    private readonly onKeys: (keys: RealmJwk[], fetchedAt: number) => void = () => undefined,
  ) {
    this.refetchIntervalMs = options.refetchIntervalMs ?? 1_000;
    this.maxAgeMs = options.maxAgeMs ?? 10 * 60_000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 5_000;
  }

  /**
   * Whether the realm signs with a key of this kid. Throws KeySetUnavailableError when the set is
   * needed and cannot be fetched; a stale set whose refresh fails is kept (and a warning logged).
   */
  async has(kid: string): Promise<boolean> {
    if (this.fetchedAt === 0) {
      await this.refresh();
    } else if (Date.now() - this.fetchedAt > this.maxAgeMs) {
      await this.refresh().catch((error: Error) => this.logger.warn(`keeping the realm keys fetched ${Math.round((Date.now() - this.fetchedAt) / 1000)} s ago: ${error.message}`));
    }
    if (this.find(kid)) return true;
    if (!this.inFlight && Date.now() - this.fetchedAt < this.refetchIntervalMs) return false;
    await this.refresh();
    return this.find(kid) !== undefined;
  }

  /** The current set (fetched first if it never was). */
  async current(): Promise<RealmJwk[]> {
    if (this.fetchedAt === 0) await this.refresh();
    return [...this.keys];
  }

  private find(kid: string): RealmJwk | undefined {
    return this.keys.find((key) => key.kid === kid);
  }

  private refresh(): Promise<RealmJwk[]> {
    this.inFlight ??= this.fetchKeys().finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async fetchKeys(): Promise<RealmJwk[]> {
    let body: unknown;
    try {
      const response = await fetch(this.certsUrl, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.requestTimeoutMs) });
      if (!response.ok) throw new Error(`answered ${response.status}`);
      body = await response.json();
    } catch (error) {
      throw new KeySetUnavailableError(`the realm's keys could not be fetched from ${this.certsUrl}: ${describe(error)}`);
    }
    const listed = body && typeof body === 'object' && Array.isArray((body as { keys?: unknown }).keys) ? (body as { keys: unknown[] }).keys : null;
    if (!listed) throw new KeySetUnavailableError(`${this.certsUrl} did not answer a JWKS ({"keys": [...]})`);
    const keys = listed.filter(isRs256SigningKey);
    this.keys = keys;
    this.fetchedAt = Date.now();
    this.onKeys(keys, this.fetchedAt);
    return keys;
  }
}

/** RSA keys for signatures only: Keycloak also publishes an RSA-OAEP encryption key, which never signs tokens. */
function isRs256SigningKey(key: unknown): key is RealmJwk {
  if (!key || typeof key !== 'object') return false;
  const { kty, kid, use, alg, n, e } = key as Record<string, unknown>;
  return kty === 'RSA' && typeof kid === 'string' && typeof n === 'string' && typeof e === 'string' && (use === undefined || use === 'sig') && (alg === undefined || alg === 'RS256');
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause ? `${error.message} (${cause.code ?? cause.message})` : error.message;
}
