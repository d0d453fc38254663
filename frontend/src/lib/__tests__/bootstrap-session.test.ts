import { describe, expect, it } from 'vitest';

import { bootstrapSession } from '@/lib/bootstrap-session';
import { clearSession, getSession, isSessionKnown, lastSessionEndReason, setSession } from '@/lib/session';
import { db } from '@/testing/mocks/db';

describe('bootstrapSession', () => {
  it('learns from GET /api/me that the browser is signed in (the cookie went with it)', async () => {
    db.sessionUser = 'dora';
    expect(isSessionKnown()).toBe(false);

    await bootstrapSession();

    expect(isSessionKnown()).toBe(true);
    expect(getSession()).toEqual({ username: 'dora', roles: ['DEVELOPMENT_OFFICER'] });
  });

  it('knows it is signed out on a 401', async () => {
    await bootstrapSession();

    expect(isSessionKnown()).toBe(true);
    expect(getSession()).toBeNull();
  });
});

describe('session across tabs', () => {
  it('ends when another tab of the browser signs out', () => {
    setSession({ username: 'admin', roles: ['ADMIN'] });

    // what the other tab's clearSession('signed-out') writes, as this tab hears it
    window.dispatchEvent(new StorageEvent('storage', { key: 'steward.signed-out', newValue: '1' }));

    expect(getSession()).toBeNull();
    expect(lastSessionEndReason()).toBe('signed-out');
  });

  it('tells the other tabs when this one signs out, without storing anything secret', () => {
    setSession({ username: 'admin', roles: ['ADMIN'] });

    clearSession('signed-out');

    expect(localStorage.getItem('steward.signed-out')).toMatch(/^\d+$/);
    expect(sessionStorage.length).toBe(0);
  });
});
