import { isRole, type Role } from '@/config/roles';

/**
 * The signed-in user as far as this page knows. The access token itself lives in an httpOnly cookie
 * that page scripts cannot read (docs/adr/0009-browser-session-cookie.md); the browser sends it,
 * so every tab of the browser shares one session.
 */
export type Session = {
  username: string;
  roles: Role[];
};

/** Why the last session ended: the user signed out, or the server stopped accepting the session. */
export type SessionEndReason = 'signed-out' | 'expired';

/** A non-secret note other tabs hear through the `storage` event: "this browser signed out". */
const SIGNED_OUT_KEY = 'steward.signed-out';
/** Where earlier versions kept the bearer token: removed wherever it is still found. */
const LEGACY_STORAGE_KEY = 'steward.session';

const listeners = new Set<() => void>();
let endReason: SessionEndReason = 'expired';
/** False until the page has asked the server (`GET /api/me`) or someone signed in. */
let known = false;
let current: Session | null = null;

function emit() {
  listeners.forEach((listener) => listener());
}

function forgetLegacyToken() {
  try {
    sessionStorage.removeItem(LEGACY_STORAGE_KEY);
  } catch {
    // storage unavailable: nothing was kept there either
  }
}

forgetLegacyToken();

/** The current session, or null when nobody is signed in (or it is not known yet). */
export function getSession(): Session | null {
  return current;
}

/** Whether the page knows yet if it is signed in (see `bootstrapSession`). */
export function isSessionKnown(): boolean {
  return known;
}

export function setSession(session: Session): void {
  endReason = 'expired';
  known = true;
  current = { username: session.username, roles: session.roles.filter(isRole) };
  emit();
}

/**
 * Ends the session in this tab. On 'signed-out' the other tabs of this browser are told too, so
 * they go to the login page at once rather than at their next request.
 */
export function clearSession(reason: SessionEndReason = 'expired'): void {
  endReason = reason;
  const changed = current !== null || !known;
  known = true;
  current = null;
  if (reason === 'signed-out') {
    try {
      localStorage.setItem(SIGNED_OUT_KEY, String(Date.now()));
    } catch {
      // storage unavailable: the other tabs find out at their next request (401)
    }
  }
  if (changed) emit();
}

export function lastSessionEndReason(): SessionEndReason {
  return endReason;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Another tab of this browser signed out: this one's session ended with it. */
function onStorage(event: StorageEvent) {
  if (event.key === SIGNED_OUT_KEY && event.newValue !== null && current !== null) {
    endReason = 'signed-out';
    current = null;
    emit();
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', onStorage);
}

/** For tests: back to "not known yet", as a freshly opened page. */
export function resetSessionForTests(): void {
  known = false;
  current = null;
  endReason = 'expired';
  emit();
}
