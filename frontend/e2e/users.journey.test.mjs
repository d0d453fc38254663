import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertAccessible, openPage, screenshot, settings, signIn } from './support/browser.mjs';

test('an administrator creates an event coordinator and sees them in the grid', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  // Unique per run, so the journey can run again against the same database.
  const username = `coordinator${Date.now().toString(36)}`;
  const page = await openPage(t);

  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  await page.getByRole('button', { name: 'New user' }).click();

  const form = page.getByRole('form', { name: 'New user' });
  await form.getByRole('textbox', { name: 'Username', exact: true }).fill(username);
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Casey Coordinator');
  await form.getByRole('textbox', { name: 'Email', exact: true }).fill(`${username}@example.org`);
  await form.getByLabel(/^Initial password/).fill('correct horse battery');
  await form.getByRole('textbox', { name: 'Roles' }).click();
  await page.getByRole('option', { name: 'Event coordinator' }).click();
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Create user' }).click();

  await form.waitFor({ state: 'detached' });
  // The grid pages at 50; search so the new account shows however many users the database holds.
  await page.getByRole('searchbox', { name: 'Search users' }).fill(username);
  const row = page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: username });
  await row.waitFor();
  assert.match(await row.innerText(), /Casey Coordinator/);
  assert.match(await row.innerText(), /Event coordinator/);

  await screenshot(page, 'users-journey-created');
  await assertAccessible(page, 'the users page');
});
