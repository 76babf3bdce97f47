import { useEffect, useState } from 'react';

/**
 * Reads from the API whenever one of `deps` changes (a casus id, a filter, the page's change counter).
 * Keeps the last data while it reloads (the screen does not flicker back to "loading" after a save);
 * an answer that arrives after the inputs changed again is dropped.
 */
export function useApiData<T>(read: () => Promise<T>, deps: readonly unknown[]): { data: T | null; error: unknown } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let cancelled = false;
    read()
      .then((value) => {
        if (cancelled) return;
        setError(null);
        setData(value);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e);
      });
    return () => {
      cancelled = true;
    };
    // The caller names what the read depends on.
  }, deps);
  return { data, error };
}
