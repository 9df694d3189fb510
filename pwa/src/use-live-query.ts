/**
 * Dexie's liveQuery for Preact: the screen re-renders when the rows it read change, including
 * writes from another tab. `undefined` means still loading.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: setError });
    return () => subscription.unsubscribe();
    // biome-ignore lint/correctness/useExhaustiveDependencies: callers list what the query reads
  }, deps);
  if (error !== null) throw error;
  return value;
}
