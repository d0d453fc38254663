import { useEffect, useSyncExternalStore } from 'react';

import { bootstrapSession } from '@/lib/bootstrap-session';
import { getSession, isSessionKnown, subscribeToSession, type Session } from '@/lib/session';

/** The signed-in user's session; re-renders when someone signs in or out (or a 401 ends it). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeToSession, getSession, getSession);
}

/**
 * Whether the page knows yet if it is signed in. On a fresh page it asks the server once
 * (`GET /api/me` with the session cookie) and re-renders with the answer.
 */
export function useSessionKnown(): boolean {
  const known = useSyncExternalStore(subscribeToSession, isSessionKnown, isSessionKnown);
  useEffect(() => {
    if (!known) void bootstrapSession();
  }, [known]);
  return known;
}
