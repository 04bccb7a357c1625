import { useEffect, useState } from 'react';
import { api, ApiError } from './client.ts';

/** Loads `path` whenever it changes (null: load nothing); the latest answer wins. */
export function useApi<T>(path: string | null): { data: T | null; error: ApiError | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: path !== null });
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    api<T>(path).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) => live && setState({ data: null, error: error instanceof ApiError ? error : new ApiError(0, 'Something went wrong', String(error), {}), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return state;
}
