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
