import { useSyncExternalStore } from 'react';

import { getSession, subscribeToSession, type Session } from '@/lib/session';

/** The signed-in user's session; re-renders when someone signs in or out (or a 401 ends it). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeToSession, getSession, getSession);
}
