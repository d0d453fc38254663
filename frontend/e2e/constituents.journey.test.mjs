import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertAccessible, openPage, screenshot, settings, signIn } from './support/browser.mjs';

test('an administrator adds constituents, finds them, and edits one', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  // A last name unique per run, so the journey can run again against the same database.
  const run = Date.now().toString(36);
  const lastName = `Journey${run}`;
  const page = await openPage(t);

  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);

  // The first constituent through the form.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Constituents' }).click();
  await page.getByRole('heading', { level: 1, name: 'Constituents' }).waitFor();
  await page.getByRole('link', { name: 'New constituent' }).click();

  const form = page.getByRole('form', { name: 'New constituent' });
  await form.getByRole('radio', { name: 'Individual' }).check();
  await form.getByLabel(/^First name/).fill('Ada');
  await form.getByLabel(/^Last name/).fill(lastName);
  await form.getByRole('button', { name: 'Add email' }).click();
  await form.getByLabel('Email 1 address').fill(`ada.${run}@example.org`);
  await form.getByRole('button', { name: 'Add address' }).click();
  await form.getByLabel('Address 1 street', { exact: true }).fill('1 Analytical Way');
  await form.getByLabel('Address 1 city', { exact: true }).fill('London');
  await form.getByLabel('Address 1 postal code').fill('N1 9GU');
  await form.getByRole('button', { name: 'Create constituent' }).click();
  await page.waitForURL(/\/constituents\/[0-9a-f-]{36}$/);
  const adaId = page.url().split('/').pop();

  // The second one through the API, with the same account's token.
  const login = await page.request.post('/api/login', {
    data: { username: settings.username, password: settings.password },
  });
  assert.equal(login.status(), 200);
  const { access_token: token } = await login.json();
  const created = await page.request.post('/api/constituents', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      type: 'INDIVIDUAL',
      firstName: 'Bea',
      lastName,
      phones: [{ number: '+44 20 7946 0000', type: 'WORK', primary: true }],
    },
  });
  assert.equal(created.status(), 201);

  // Find both by the first letters of the shared last name.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Constituents' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(lastName.toLowerCase());
  await page.waitForURL((url) => url.searchParams.get('q') === lastName.toLowerCase());
  const table = page.getByRole('table', { name: 'Constituents' });
  // the list shows names as it sorts them: last name first
  await table.getByRole('link', { name: `${lastName}, Ada` }).waitFor();
  await table.getByRole('link', { name: `${lastName}, Bea` }).waitFor();
  assert.equal(await table.getByRole('link', { name: new RegExp(lastName) }).count(), 2);
  assert.match(await table.getByRole('row').filter({ hasText: `${lastName}, Ada` }).innerText(), /London/);
  await screenshot(page, 'constituents-search');
  await assertAccessible(page, 'the constituent search');

  // Open the first, then edit it.
  await table.getByRole('link', { name: `${lastName}, Ada` }).click();
  await page.waitForURL(new RegExp(`/constituents/${adaId}$`));
  await page.getByRole('heading', { level: 1, name: `Ada ${lastName}` }).waitFor();
  await screenshot(page, 'constituents-opened');
  await assertAccessible(page, 'the 360° view');

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('form', { name: 'Edit constituent' });
  await page.getByRole('heading', { level: 1, name: `Edit Ada ${lastName}` }).waitFor();
  assert.equal(await edit.getByLabel('Email 1 address').inputValue(), `ada.${run}@example.org`);
  await edit.getByLabel(/^First name/).fill('Augusta');
  await edit.getByRole('button', { name: 'Add phone' }).click();
  await edit.getByLabel('Phone 1 number').fill('+44 20 7946 0001');
  await screenshot(page, 'constituents-edit');
  await assertAccessible(page, 'the edit form');
  await edit.getByRole('button', { name: 'Save changes' }).click();

  // Back on the profile, with the new name; the search shows it too.
  await page.waitForURL(new RegExp(`/constituents/${adaId}$`));
  await page.getByRole('heading', { level: 1, name: `Augusta ${lastName}` }).waitFor();
  await page.goto(`/constituents?q=${encodeURIComponent(lastName.toLowerCase())}`);
  const row = page
    .getByRole('table', { name: 'Constituents' })
    .getByRole('row')
    .filter({ hasText: `${lastName}, Augusta` });
  await row.waitFor();
  assert.match(await row.innerText(), /\+44 20 7946 0001/);

  // The same pages on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await row.waitFor();
  await screenshot(page, 'constituents-search-phone');
  await assertAccessible(page, 'the constituent search on a phone');
  await page.goto(`/constituents/${adaId}/edit`);
  await page.getByRole('heading', { level: 1, name: `Edit Augusta ${lastName}` }).waitFor();
  await screenshot(page, 'constituents-edit-phone');
});
