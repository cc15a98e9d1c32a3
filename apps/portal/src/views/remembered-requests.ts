import { useCallback, useState } from 'react';

/** Ids of the requests this user raised or registered, kept in this browser until a list endpoint exists. */
export function useRememberedRequests(username: string) {
  const key = `civicloop.requests.${username}`;
  const [ids, setIds] = useState<string[]>(() => JSON.parse(localStorage.getItem(key) ?? '[]') as string[]);
  const remember = useCallback(
    (id: string) =>
      setIds((current) => {
        const next = [id, ...current.filter((other) => other !== id)].slice(0, 50);
        localStorage.setItem(key, JSON.stringify(next));
        return next;
      }),
    [key],
  );
  return { ids, remember };
}
