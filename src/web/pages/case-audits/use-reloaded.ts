import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';

/**
 * Loads `path`, and again whenever it or `version` changes (the page bumps `version` after a change it
 * made); the last answer stays shown until the next arrives, and the latest request wins.
 */
export function useReloaded<T>(path: string, version: unknown): { data: T | null; error: ApiError | null } {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null }>({ data: null, error: null });
  useEffect(() => {
    let live = true;
    api<T>(path).then(
      (data) => live && setState({ data, error: null }),
      (error: unknown) => live && setState({ data: null, error: error instanceof ApiError ? error : new ApiError(0, 'Something went wrong', String(error), {}) }),
    );
    return () => {
      live = false;
    };
  }, [path, version]);
  return state;
}
