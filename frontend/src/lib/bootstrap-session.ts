import { isRole } from '@/config/roles';
import { apiRequest, isApiError } from '@/lib/api-client';
import { clearSession, isSessionKnown, setSession } from '@/lib/session';

type MeAnswer = { username: string; roles: string[] };

let pending: Promise<void> | null = null;

/**
 * Learns whether this browser is signed in: the session cookie (if any) goes with `GET /api/me`;
 * 200 means signed in, 401 means the login page. Runs once per page load, however often called.
 */
export function bootstrapSession(): Promise<void> {
  if (isSessionKnown()) return Promise.resolve();
  pending ??= apiRequest<MeAnswer>('/api/me', { silent: true })
    .then(
      (me) => setSession({ username: me.username, roles: me.roles.filter(isRole) }),
      (error: unknown) => {
        // 401 already ended the session in apiRequest; any other failure: sign in again
        if (!isApiError(error) || error.status !== 401) clearSession();
      },
    )
    .finally(() => {
      pending = null;
    });
  return pending;
}
