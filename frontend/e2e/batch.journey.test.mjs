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

/** Whether `locator` has the keyboard focus. */
async function focused(locator) {
  return locator.evaluate((element) => element === globalThis.document.activeElement);
}

/**
 * Enters one row with the keyboard only, starting in the donor field: the name typed, the match picked with the
 * arrow key and Enter, Tab to the amount, and Enter to add the row (the date and fund stay from the row before).
 */
async function enterRow(page, form, { name, amount, fund }) {
  const donor = form.getByRole('textbox', { name: /^Donor/ });
  assert.ok(await focused(donor), 'the donor field has the focus');
  await page.keyboard.type(name);
  await page.getByRole('option', { name: new RegExp(name) }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const amountField = form.getByRole('textbox', { name: /^Amount/ });
  assert.ok(await focused(amountField), 'Tab goes from the donor to the amount');
  await page.keyboard.type(amount);
  if (fund) {
    // Tab to the fund and pick it by typing; it stays for the next rows (the date too: today).
    await page.keyboard.press('Tab');
    assert.ok(await focused(form.getByRole('textbox', { name: /^Fund/ })), 'then the fund');
    await page.keyboard.type(fund);
    await page.getByRole('option', { name: new RegExp(fund) }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter');
}

test('an administrator enters a batch with the keyboard; a wrong total is refused, fixed and posted', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  const page = await openPage(t);

  const login = await page.request.post('/api/login', {
    data: { username: settings.username, password: settings.password },
  });
  assert.equal(login.status(), 200, 'the journey user can sign in through the API');
  const { access_token: token } = await login.json();

  // Unique per run, so the journey can run again against the same database.
  const run = Date.now().toString(36);
  const first = await api(page, token, 'POST', '/api/constituents', { type: 'INDIVIDUAL', firstName: 'Bea', lastName: `Batch${run}` }, 201);
  const second = await api(page, token, 'POST', '/api/constituents', { type: 'INDIVIDUAL', firstName: 'Ben', lastName: `Batch${run}` }, 201);
  const fundName = `Batch fund ${run}`;
  await api(page, token, 'POST', '/api/funds', { code: `B${run}`.toUpperCase(), name: fundName }, 201);
  const batchName = `Checks ${run}`;

  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);

  // The list, from the main navigation; a new batch of 2 gifts for 150.00.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gift batches' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gift batches' }).waitFor();
  await page.getByRole('button', { name: 'New batch' }).click();
  const newBatch = page.getByRole('form', { name: 'New batch' });
  await newBatch.getByRole('textbox', { name: /^Name/ }).fill(batchName);
  await newBatch.getByRole('textbox', { name: /^Expected number of gifts/ }).fill('2');
  await newBatch.getByRole('textbox', { name: /^Expected total/ }).fill('150');
  await screenshot(page, 'batch-new');
  await assertAccessible(page, 'the new batch form');
  await newBatch.getByRole('button', { name: 'Open batch' }).click();

  // The entry page: the donor field is where the typing starts.
  await page.getByRole('heading', { level: 1, name: batchName }).waitFor();
  const summary = page.getByTestId('batch-summary');
  await summary.filter({ hasText: 'Entered 0 of 2 gifts, total $0.00 of $150.00' }).waitFor();
  const form = page.getByRole('form', { name: 'Add row' });
  await form.getByRole('textbox', { name: /^Donor/ }).focus();

  // Two gifts, keyboard only, that add up to 140.00 instead of 150.00.
  await enterRow(page, form, { name: `Bea Batch${run}`, amount: '100', fund: fundName });
  await summary.filter({ hasText: 'Entered 1 of 2 gifts, total $100.00 of $150.00' }).waitFor();
  await enterRow(page, form, { name: `Ben Batch${run}`, amount: '40' });
  await summary.filter({ hasText: 'Entered 2 of 2 gifts, total $140.00 of $150.00' }).waitFor();
  assert.ok(await focused(form.getByRole('textbox', { name: /^Donor/ })), 'the focus is back on the donor field');
  const rows = page.getByRole('table', { name: 'Batch rows' });
  assert.match(await rows.innerText(), new RegExp(`Ben Batch${run}[\\s\\S]*\\$40\\.00`));
  assert.match(await rows.innerText(), new RegExp(fundName));
  await page.getByTestId('batch-difference').filter({ hasText: '-$10.00' }).waitFor();
  await page.getByText('Not ready to post: the total is $10.00 short.').waitFor();

  // Posting is refused by the server, which says why; nothing became a gift.
  await page.getByRole('button', { name: 'Post batch' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Expected 2 gifts totalling 150.00 USD, entered 2 totalling 140.00 USD.' });
  await refusal.waitFor();
  await screenshot(page, 'batch-refused');
  await assertAccessible(page, 'the batch page with the refusal');
  const stillOpen = await api(page, token, 'GET', page.url().replace(/^.*\/gift-batches\//, '/api/gift-batches/'), undefined, 200);
  assert.equal(stillOpen.status, 'OPEN');
  assert.ok(stillOpen.rows.every((row) => !row.giftId), 'no row became a gift');

  // Fix the second row: it was 50.00.
  await rows.getByRole('button', { name: 'Edit row 2' }).click();
  const edit = page.getByRole('form', { name: 'Edit row' });
  const amount = edit.getByRole('textbox', { name: /^Amount/ });
  await amount.fill('50');
  await amount.press('Enter');
  await edit.waitFor({ state: 'detached' });
  await summary.filter({ hasText: 'Entered 2 of 2 gifts, total $150.00 of $150.00' }).waitFor();
  await refusal.waitFor({ state: 'detached' });

  // Post: the rows become gifts.
  await page.getByRole('button', { name: 'Post batch' }).click();
  await page.getByRole('dialog', { name: 'Post batch' }).getByRole('button', { name: 'Post batch' }).click();
  await page.getByRole('main').getByText('Posted', { exact: true }).first().waitFor();
  await rows.getByRole('link', { name: 'View gift of row 2' }).waitFor();
  assert.equal(await page.getByRole('form', { name: 'Add row' }).count(), 0, 'a posted batch takes no more rows');
  await screenshot(page, 'batch-posted');
  await assertAccessible(page, 'the posted batch');

  // The list shows it posted, balanced.
  await page.getByRole('link', { name: 'All batches' }).click();
  const list = page.getByRole('table', { name: 'Gift batches' });
  // (the list may show what it held before for a moment, while it is read again)
  const listed = list.getByRole('row').filter({ hasText: batchName }).filter({ hasText: /posted/i });
  await listed.waitFor();
  assert.match(await listed.innerText(), /posted[\s\S]*2 of 2[\s\S]*\$150\.00 of \$150\.00/i);
  await assertAccessible(page, 'the batch list');

  // The donors' giving has the gifts.
  await page.goto(`/constituents/${second.id}`);
  await page.getByRole('region', { name: 'Giving' }).getByTestId('giving-lifetime').filter({ hasText: '50.00' }).waitFor();
  await page.goto(`/constituents/${first.id}`);
  await page.getByRole('region', { name: 'Giving' }).getByTestId('giving-lifetime').filter({ hasText: '100.00' }).waitFor();

  // On a phone: the list and an open batch's entry page.
  await page.setViewportSize({ width: 390, height: 844 });
  const open = await api(page, token, 'POST', '/api/gift-batches', { name: `Phone ${run}`, currency: 'USD', expectedCount: 3, expectedTotal: '75.00' }, 201);
  await page.goto('/gift-batches');
  await page.getByRole('table', { name: 'Gift batches' }).getByRole('link', { name: `Phone ${run}` }).waitFor();
  await screenshot(page, 'batch-list-phone');
  await assertAccessible(page, 'the batch list on a phone');
  await page.goto(`/gift-batches/${open.id}`);
  await page.getByRole('form', { name: 'Add row' }).waitFor();
  await screenshot(page, 'batch-entry-phone');
  await assertAccessible(page, 'the batch entry page on a phone');
  const overflow = await page.evaluate(() => globalThis.document.documentElement.scrollWidth - globalThis.document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page fits the phone's width (overflow ${overflow}px)`);
});
