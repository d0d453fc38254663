import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertAccessible, openPage, screenshot, settings, signIn } from './support/browser.mjs';

test('an administrator adds a relationship type, then retires it', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  // Unique per run, so the journey can run again against the same database.
  const run = Date.now().toString(36);
  const label = `Godparent of ${run}`;
  const page = await openPage(t);

  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Relationship types' }).click();
  await page.getByRole('heading', { level: 1, name: 'Relationship types' }).waitFor();
  const table = page.getByRole('table', { name: 'Relationship types' });
  await table.getByRole('row').filter({ hasText: 'Employee of' }).waitFor();

  await page.getByRole('button', { name: 'New relationship type' }).click();
  const form = page.getByRole('form', { name: 'New relationship type' });
  await form.getByRole('button', { name: 'Create type' }).click();
  await form.getByText('Enter a label').waitFor();
  await assertAccessible(page, 'the new relationship type form with its errors');

  await form.getByRole('textbox', { name: 'Label', exact: true }).fill(label);
  await form.getByRole('textbox', { name: 'Inverse label', exact: true }).fill(`Godchild of ${run}`);
  await form.getByRole('button', { name: 'Create type' }).click();
  await form.waitFor({ state: 'detached' });

  const row = table.getByRole('row').filter({ hasText: label });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(`Godchild of ${run}`));
  assert.match(await row.innerText(), new RegExp(`godparent-of-${run}`));
  assert.match(await row.innerText(), /Custom/);
  // The picture (used in the administrators' guide) without the confirmation over the grid.
  await page.getByText(`Relationship type “${label}” created.`).waitFor({ state: 'hidden' });
  await screenshot(page, 'relationship-types');
  await assertAccessible(page, 'the relationship types page');

  // Retire it: still listed, no longer active.
  await row.getByRole('button', { name: `Actions for ${label}` }).click();
  await page.getByRole('menuitem', { name: 'Deactivate' }).click();
  await page.getByRole('dialog', { name: 'Deactivate relationship type?' }).getByRole('button', { name: 'Deactivate' }).click();
  await row.getByText('Inactive').waitFor();
});
