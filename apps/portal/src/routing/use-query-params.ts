import { useCallback, useEffect, useState } from 'react';

const read = () => Object.fromEntries(new URLSearchParams(window.location.search));

/**
 * The page's query string as state (e.g. a list's filter), so a reload or a shared link keeps it.
 * Updates replace the history entry: typing into a search box does not fill the back button.
 */
export function useQueryParams(): [Record<string, string>, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useState(read);
  useEffect(() => {
    const update = () => setParams(read());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  const update = useCallback((changes: Record<string, string | null>) => {
    const search = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) search.set(key, value);
      else search.delete(key);
    }
    const query = search.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    setParams(read());
  }, []);
  return [params, update];
}
