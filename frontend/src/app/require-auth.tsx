import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';

import { useSession, useSessionKnown } from '@/hooks/use-session';
import { lastSessionEndReason } from '@/lib/session';

/** Renders the signed-in part of the app, or sends the visitor to /login and back afterwards. */
export function RequireAuth() {
  const known = useSessionKnown();
  const session = useSession();
  const location = useLocation();
  if (!known) {
    return (
      <Center mih="100dvh">
        <Loader aria-label="Checking your session" />
      </Center>
    );
  }
  if (!session) {
    // After "Sign out" start afresh; otherwise (no session yet, or it expired) come back here.
    const here = `${location.pathname}${location.search}${location.hash}`;
    const comeBack = here !== '/' && lastSessionEndReason() !== 'signed-out';
    const search = comeBack ? `?redirectTo=${encodeURIComponent(here)}` : '';
    return <Navigate to={`/login${search}`} replace />;
  }
  return <Outlet />;
}
