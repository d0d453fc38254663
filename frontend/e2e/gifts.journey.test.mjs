import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertAccessible, openPage, screenshot, settings, signIn } from './support/browser.mjs';

/** Calls the API as the journey's user and checks the status; returns the parsed body. */
async function api(page, token, method, path, data, expected) {
  const response = await page.request.fetch(path, {
    method,
    headers: { Authorization: `Bearer ${token}` },
    data,
  });
  assert.equal(response.status(), expected, `${method} ${path}: ${await response.text()}`);
  return response.json();
}

/** Picks an option of a Mantine Select inside `scope` by its label. */
async function choose(page, scope, label, option) {
  await scope.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

test('an administrator records a gift on a profile and sees it in the Giving card at once', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  const page = await openPage(t);

  const login = await page.request.post('/api/login', {
    data: { username: settings.username, password: settings.password },
  });
  assert.equal(login.status(), 200, 'the journey user can sign in through the API');
  const { access_token: token } = await login.json();

  // Unique per run, so the journey can run again against the same database.
  const run = Date.now().toString(36);
  const lastName = `Giver${run}`;
  const fundCode = `J${run}`.slice(0, 40).toUpperCase();
  const fundName = `Journey fund ${run}`;
  const campaignName = `Journey campaign ${run}`;

  // A donor through the API.
  const donor = await api(page, token, 'POST', '/api/constituents', { type: 'INDIVIDUAL', firstName: 'Gina', lastName }, 201);

  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);

  // A fund and a campaign through the admin page, if this database has none of ours yet.
  const funds = await api(page, token, 'GET', '/api/funds', undefined, 200);
  assert.ok(Array.isArray(funds), 'GET /api/funds is a list');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Funds & campaigns' }).click();
  await page.getByRole('heading', { level: 1, name: 'Funds & campaigns' }).waitFor();
  await page.getByRole('button', { name: 'New fund' }).click();
  const fundForm = page.getByRole('form', { name: 'New fund' });
  await fundForm.getByLabel(/^Code/).fill(fundCode);
  await fundForm.getByLabel(/^Name/).fill(fundName);
  await fundForm.getByRole('button', { name: 'Create fund' }).click();
  await page.getByRole('table', { name: 'Funds' }).getByText(fundName).waitFor();
  await screenshot(page, 'gifts-funds');
  await assertAccessible(page, 'the funds page');

  await page.getByRole('tab', { name: 'Campaigns' }).click();
  await page.getByRole('button', { name: 'New campaign' }).click();
  const campaignForm = page.getByRole('form', { name: 'New campaign' });
  await campaignForm.getByLabel(/^Name/).fill(campaignName);
  await campaignForm.getByLabel('Goal', { exact: true }).fill('5000');
  await campaignForm.getByRole('button', { name: 'Create campaign' }).click();
  const campaigns = page.getByRole('table', { name: 'Campaigns' });
  await campaigns.getByText(campaignName).waitFor();
  assert.match(await campaigns.getByRole('row').filter({ hasText: campaignName }).innerText(), /5,000\.00/);

  // The donor's profile: no gifts yet.
  await page.goto(`/constituents/${donor.id}`);
  await page.getByRole('heading', { level: 1, name: `Gina ${lastName}` }).waitFor();
  const card = page.getByRole('region', { name: 'Giving' });
  await card.getByText('No gifts yet.').waitFor();

  // Record a gift split between two funds, with the donor filled in.
  await card.getByRole('button', { name: 'Record gift' }).click();
  const form = page.getByRole('form', { name: 'Record gift' });
  await form.waitFor();
  assert.match(await form.getByRole('textbox', { name: /^Donor/ }).inputValue(), new RegExp(`Gina ${lastName}`));
  await form.getByRole('textbox', { name: /^Amount/ }).fill('1234.56');
  await choose(page, form, /^Campaign/, campaignName);
  await form.getByRole('switch', { name: 'Split between funds' }).check();
  await choose(page, form, /^Allocation 1 fund/, `${fundName} (${fundCode})`);
  await form.getByRole('textbox', { name: /^Allocation 1 amount/ }).fill('1000');
  const generalFund = funds.find((fund) => fund.active && fund.code !== fundCode);
  if (generalFund) {
    await choose(page, form, /^Allocation 2 fund/, `${generalFund.name} (${generalFund.code})`);
    await form.getByRole('textbox', { name: /^Allocation 2 amount/ }).fill('234.56');
  } else {
    // Only our fund exists: one allocation of the whole amount.
    await form.getByRole('button', { name: 'Remove allocation 2' }).click();
    await form.getByRole('textbox', { name: /^Allocation 1 amount/ }).fill('1234.56');
  }
  await form.getByTestId('allocation-remaining').filter({ hasText: 'Fully allocated' }).waitFor();
  await form.getByRole('textbox', { name: 'Reference' }).fill(`CHK-${run}`);
  await screenshot(page, 'gifts-record');
  await assertAccessible(page, 'the gift form');
  await form.getByRole('button', { name: 'Record gift' }).click();

  // The Giving card shows it at once, to the cent.
  await form.waitFor({ state: 'detached' });
  await card.getByTestId('giving-lifetime').filter({ hasText: '1,234.56' }).waitFor();
  assert.match(await card.innerText(), /1 gift\b/);
  await screenshot(page, 'gifts-giving-card');
  await assertAccessible(page, 'the 360° view with giving');

  // The gift list has it; its page shows the history.
  await card.getByRole('link', { name: `All gifts of Gina ${lastName}` }).click();
  const table = page.getByRole('table', { name: 'Gifts' });
  await table.getByRole('link', { name: `Gina ${lastName}` }).waitFor();
  assert.match(await table.innerText(), /1,234\.56/);
  await screenshot(page, 'gifts-list');
  await assertAccessible(page, 'the gift list');
  await table.getByRole('link', { name: /^Gift of .*1,234\.56/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Gift of .*1,234\.56/ }).waitFor();
  await page.getByRole('region', { name: 'History' }).getByText('Recorded').waitFor();

  // The same on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'gifts-detail-phone');
  await assertAccessible(page, 'the gift page on a phone');
  await page.goto(`/constituents/${donor.id}`);
  await page.getByRole('region', { name: 'Giving' }).getByTestId('giving-lifetime').filter({ hasText: '1,234.56' }).waitFor();
  await screenshot(page, 'gifts-giving-card-phone');
  await page.getByRole('region', { name: 'Giving' }).getByRole('button', { name: 'Record gift' }).click();
  await page.getByRole('form', { name: 'Record gift' }).waitFor();
  await screenshot(page, 'gifts-record-phone');
  await assertAccessible(page, 'the gift form on a phone');
});
