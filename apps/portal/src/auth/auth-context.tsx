import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { callApi, type ApiResponse, type RequestOptions } from '../api/api-client';
import { loadSession, saveSession, sessionFromToken, type Session } from './session';

export interface Auth {
  session: Session | null;
  /** A new token (sign-in or refresh); `logout` also ends the identity provider's session (Keycloak). */
  signIn(token: string, options?: { logout?: () => void }): void;
  signOut(): void;
  /** The gateway's API as the signed-in user. */
  api<T>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const logout = useRef<(() => void) | null>(null);
  const signIn = useCallback((token: string, options?: { logout?: () => void }) => {
    if (options?.logout) logout.current = options.logout;
    const next = sessionFromToken(token);
    saveSession(next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    saveSession(null);
    const providerLogout = logout.current;
    logout.current = null;
    // The page leaves for the identity provider, which sends the browser back signed out. Clearing
    // the state first would re-render and push a route, which aborts that navigation in Chromium.
    if (providerLogout) return providerLogout();
    setSession(null);
  }, []);
  const value = useMemo<Auth>(
    () => ({ session, signIn, signOut, api: (method, path, options) => callApi(session?.token ?? null, method, path, options) }),
    [session, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
