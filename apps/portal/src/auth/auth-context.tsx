import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { callApi, type ApiResponse, type RequestOptions } from '../api/api-client';
import { loadSession, saveSession, sessionFromToken, type Session } from './session';

export interface Auth {
  session: Session | null;
  signIn(token: string): void;
  signOut(): void;
  /** The gateway's API as the signed-in user. */
  api<T>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const signIn = useCallback((token: string) => {
    const next = sessionFromToken(token);
    saveSession(next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    saveSession(null);
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
