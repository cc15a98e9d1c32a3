import type { CivicTokenClaims, TokenVerifier } from './token-verifier';

/** A stand-in for the RS256 verifier: counts its calls, accepts the tokens it is told to. */
export class CountingVerifier implements TokenVerifier {
  calls = 0;
  private readonly accepted = new Map<string, CivicTokenClaims>();

  accept(token: string, claims: Partial<CivicTokenClaims> = {}): void {
    this.accepted.set(token, { sub: `user-of-${token}`, exp: Math.floor(Date.now() / 1000) + 300, realm_access: { roles: ['agent'] }, ...claims });
  }

  refuse(token: string): void {
    this.accepted.delete(token);
  }

  async verify(bearerToken: string): Promise<CivicTokenClaims | null> {
    this.calls += 1;
    const claims = this.accepted.get(bearerToken);
    return claims ? structuredClone(claims) : null;
  }
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}
