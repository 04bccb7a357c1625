import { createContext, useContext } from 'react';
import type { Action } from '../access/permissions.ts';
import type { SessionView } from '../access/views.ts';

/** The signed-in user, or null; pages read it to show only what the user's role allows. */
export const SessionContext = createContext<{ session: SessionView | null; setSession: (s: SessionView | null) => void }>({
  session: null,
  setSession: () => undefined,
});

export function useSession() {
  return useContext(SessionContext);
}

export function allows(session: SessionView | null, action: Action): boolean {
  return session?.permissions.includes(action) ?? false;
}
