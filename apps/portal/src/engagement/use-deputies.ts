import { useMemo } from 'react';
import { ApiError } from '../api/api-client';
import type { DeputyView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useAsync } from '../ui/use-async';

/** The district's registry (代表委员名册), for names and pickers; id → deputy. */
export function useDeputies() {
  const { api } = useAuth();
  const state = useAsync(async () => (await api<DeputyView[]>('GET', '/deputies')).body, [api]);
  const byId = useMemo(() => new Map((state.data ?? []).map((deputy) => [deputy.id, deputy])), [state.data]);
  return { list: state.data ?? [], byId, nameOf: (id: string) => byId.get(id)?.name ?? id, error: state.error };
}

/**
 * The signed-in deputy's own registry entry (GET /deputies/me), or null when the account is linked
 * to none or the gateway does not offer it: then "my" lists show the whole district.
 */
export function useMyDeputy(): { me: DeputyView | null; loaded: boolean } {
  const { api, session } = useAuth();
  const isDeputy = session?.roles.includes('deputy') ?? false;
  const state = useAsync(async () => {
    if (!isDeputy) return null;
    try {
      return (await api<DeputyView>('GET', '/deputies/me')).body;
    } catch (error) {
      if (error instanceof ApiError && error.status < 500) return null;
      throw error;
    }
  }, [api, isDeputy]);
  return { me: state.data ?? null, loaded: state.data !== undefined || state.error !== null };
}
