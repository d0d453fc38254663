import { isRole, type Role } from '@/config/roles';

/** The signed-in user as far as the browser knows: the token and what the login call said. */
export type Session = {
  accessToken: string;
  tokenType: string;
  /** Epoch milliseconds after which the token is no longer sent. */
  expiresAt: number;
  username: string;
  roles: Role[];
};

/** Why the last session ended: the user signed out, or the server stopped accepting the token. */
export type SessionEndReason = 'signed-out' | 'expired';

const STORAGE_KEY = 'steward.session';
const listeners = new Set<() => void>();
let endReason: SessionEndReason = 'expired';

let cachedRaw: string | null = null;
let cachedSession: Session | null = null;

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (
      typeof value.accessToken !== 'string' ||
      typeof value.username !== 'string' ||
      typeof value.expiresAt !== 'number' ||
      !Array.isArray(value.roles)
    ) {
      return null;
    }
    return {
      accessToken: value.accessToken,
      tokenType: typeof value.tokenType === 'string' ? value.tokenType : 'Bearer',
      expiresAt: value.expiresAt,
      username: value.username,
      roles: value.roles.filter(isRole),
    };
  } catch {
    return null;
  }
}

function emit() {
  listeners.forEach((listener) => listener());
}

/** The current session, or null when nobody is signed in or the token has expired. */
export function getSession(): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedSession = parse(raw);
  }
  if (cachedSession && cachedSession.expiresAt <= Date.now()) {
    return null;
  }
  return cachedSession;
}

export function setSession(session: Session): void {
  endReason = 'expired';
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  emit();
}

export function clearSession(reason: SessionEndReason = 'expired'): void {
  endReason = reason;
  if (sessionStorage.getItem(STORAGE_KEY) === null) return;
  sessionStorage.removeItem(STORAGE_KEY);
  emit();
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
