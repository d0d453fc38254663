import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertAccessible, openPage, screenshot, settings, signIn } from './support/browser.mjs';

test('an administrator opens a constituent’s history and finds a gift by its type', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  const run = Date.now().toString(36);
  const lastName = `Audit${run}`;
  const page = await openPage(t);
  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);

  // A constituent and a gift through the API, with the same account's token.
  const login = await page.request.post('/api/login', {
    data: { username: settings.username, password: settings.password },
  });
  assert.equal(login.status(), 200);
  const { access_token: token } = await login.json();
  const headers = { Authorization: `Bearer ${token}` };
  const person = await page.request.post('/api/constituents', {
    headers,
    data: { type: 'INDIVIDUAL', firstName: 'Audra', lastName },
  });
  assert.equal(person.status(), 201);
  const { id: personId } = await person.json();
  const gift = await page.request.post('/api/gifts', {
    headers,
    data: { constituentId: personId, amount: '25.00', currency: 'USD', receivedOn: '2026-03-01' },
  });
  assert.equal(gift.status(), 201);
  const { id: giftId } = await gift.json();

  // History on the profile opens the log of that constituent.
  await page.goto(`/constituents/${personId}`);
  await page.getByRole('heading', { level: 1, name: `Audra ${lastName}` }).waitFor();
  await page.getByRole('link', { name: 'History' }).click();
  await page.waitForURL((url) => url.pathname === '/audit' && url.searchParams.get('entityId') === personId);
  const table = page.getByRole('table', { name: 'Audit log' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: `Audra ${lastName}` }) });
  await row.waitFor();
  assert.match(await row.innerText(), /Created/);
  assert.match(await row.innerText(), /Administrator/);
  assert.equal(await page.getByRole('textbox', { name: 'Person' }).inputValue(), `Audra ${lastName} (Individual)`);
  await screenshot(page, 'audit-history');
  await assertAccessible(page, 'the audit log');

  // Gifts from the list of types: the gift is named, and its name opens it.
  await page.getByRole('textbox', { name: 'Type of record' }).click();
  await page.getByRole('option', { name: 'Gift', exact: true }).click();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => url.searchParams.get('entityType') === 'gift' && !url.searchParams.has('entityId'));
  const giftLink = table.getByRole('link', { name: `$25.00 from Audra ${lastName} on 2026-03-01` });
  await giftLink.waitFor();

  // On a phone: one column per entry, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await giftLink.waitFor();
  const overflow = await page.evaluate(
    () => globalThis.document.documentElement.scrollWidth - globalThis.document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await screenshot(page, 'audit-gifts-phone');
  await assertAccessible(page, 'the audit log on a phone');

  await giftLink.click();
  await page.waitForURL(new RegExp(`/gifts/${giftId}$`));
});
