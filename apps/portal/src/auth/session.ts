/** Who is signed in, read from the access token's claims (the gateway verifies the token itself). */
export interface Session {
  token: string;
  username: string;
  roles: string[];
  tenant: string | null;
  units: string[];
  /** Seconds since the epoch. */
  expiresAt: number;
}

const STORAGE_KEY = 'civicloop.session';

interface Claims {
  preferred_username?: string;
  sub?: string;
  exp?: number;
  tenant?: string;
  units?: string[];
  realm_access?: { roles?: string[] };
}

function decodePayload(token: string): Claims {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Claims;
}

export function sessionFromToken(token: string): Session {
  const claims = decodePayload(token);
  return {
    token,
    username: claims.preferred_username ?? claims.sub ?? '?',
    roles: claims.realm_access?.roles ?? [],
    tenant: claims.tenant ?? null,
    units: claims.units ?? [],
    expiresAt: claims.exp ?? 0,
  };
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return session.expiresAt * 1000 <= now;
}

/** Kept for the tab only (sessionStorage): closing the tab signs out. */
export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const session = sessionFromToken(raw);
    return isExpired(session) ? null : session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, session.token);
  else sessionStorage.removeItem(STORAGE_KEY);
}
