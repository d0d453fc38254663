import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertAccessible, openPage, screenshot, settings, signIn } from './support/browser.mjs';

test('a visitor is sent to the login page, signs in and sees the signed-in layout', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  const page = await openPage(t);

  await page.goto('/');
  await page.waitForURL(/\/login(\?|$)/);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  assert.equal(await page.title(), 'Sign in · Steward');
  await assertAccessible(page, 'the sign-in page');

  await signIn(page);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Users' }).waitFor();
  assert.ok(await nav.getByRole('link', { name: 'Home' }).isVisible());
  assert.ok(await page.getByRole('main').isVisible());
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.title(), 'Home · Steward');

  await screenshot(page, 'login-journey-signed-in');
  await assertAccessible(page, 'the home page');
});

test('one session per browser: a new tab is signed in, and signing out in one tab ends it in the other', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  const page = await openPage(t);
  await page.goto('/login');
  await signIn(page);

  // The token is an httpOnly cookie: nothing a page script can read holds it.
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === 'STEWARD_SESSION');
  assert.ok(session, `a session cookie, got ${cookies.map((c) => c.name).join(', ')}`);
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Strict');
  assert.equal(session.path, '/');
  const readable = await page.evaluate(() => ({
    cookie: globalThis.document.cookie,
    stored: JSON.stringify({ ...globalThis.sessionStorage, ...globalThis.localStorage }),
  }));
  assert.ok(!readable.cookie.includes(session.value), 'page scripts cannot read the session cookie');
  assert.ok(!readable.stored.includes(session.value), 'the token is not in web storage');

  // A second tab of the same browser opens a page directly and is already signed in.
  const second = await page.context().newPage();
  await second.goto('/users');
  await second.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  assert.equal(new URL(second.url()).pathname, '/users');

  // Signing out in the first tab ends the session in the second one too.
  await page.getByRole('button', { name: /account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login(\?|$)/);
  await second.waitForURL(/\/login(\?|$)/);
  await second.reload();
  await second.getByRole('heading', { name: 'Sign in' }).waitFor();

  // And the old cookie value no longer opens the API, whoever presents it.
  const replay = await page.request.get('/api/me', { headers: { Cookie: `STEWARD_SESSION=${session.value}` } });
  assert.equal(replay.status(), 401);
});
