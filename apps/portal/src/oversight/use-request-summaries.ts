import { useAuth } from '../auth/auth-context';
import type { CivicRequestView } from '../api/api-types';
import { useAsync } from '../ui/use-async';

/** Queues name requests by id: this looks up their order numbers and descriptions (an unreadable one is left out). */
export function useRequestSummaries(ids: readonly string[] | undefined): Map<string, CivicRequestView> {
  const { api } = useAuth();
  const key = [...new Set(ids ?? [])].sort().join(',');
  const summaries = useAsync(async () => {
    const unique = key ? key.split(',').slice(0, 200) : [];
    const found = await Promise.all(unique.map((id) => api<CivicRequestView>('GET', `/requests/${id}`).then((r) => r.body, () => null)));
    return new Map(found.filter((request): request is CivicRequestView => request !== null).map((request) => [request.id, request]));
  }, [api, key]);
  return summaries.data ?? new Map();
}
