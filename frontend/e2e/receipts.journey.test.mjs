import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

/** Clicks a download button and returns the file the browser saved: its suggested name and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('an administrator issues a tax receipt from a gift, downloads the PDF, replaces and voids it', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  const page = await openPage(t);

  const login = await page.request.post('/api/login', {
    data: { username: settings.username, password: settings.password },
  });
  assert.equal(login.status(), 200, 'the journey user can sign in through the API');
  const { access_token: token } = await login.json();

  // A new donor, a fund and a completed gift, through the API; unique per run.
  const run = Date.now().toString(36);
  const lastName = `Receipted${run}`;
  const donor = await api(page, token, 'POST', '/api/constituents', { type: 'INDIVIDUAL', firstName: 'Rita', lastName }, 201);
  const fund = await api(page, token, 'POST', '/api/funds', { code: `R${run}`.toUpperCase(), name: `Receipt fund ${run}` }, 201);
  const receivedOn = new Date().toISOString().slice(0, 10);
  const gift = await api(
    page,
    token,
    'POST',
    '/api/gifts',
    { constituentId: donor.id, amount: '321.45', currency: 'USD', receivedOn, fundId: fund.id, paymentMethod: 'Check' },
    201,
  );

  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);

  // The Receipts entry is in the navigation; the page lists the ledger.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Receipts' }).click();
  await page.getByRole('heading', { level: 1, name: 'Receipts' }).waitFor();
  await page.getByRole('table', { name: 'Receipts' }).waitFor();

  // Issue the receipt from the gift page.
  await page.goto(`/gifts/${gift.id}`);
  await page.getByRole('heading', { level: 1, name: /^Gift of .*321\.45/ }).waitFor();
  await page.getByRole('table', { name: 'Details' }).getByText('Not receipted yet').waitFor();
  await page.getByRole('button', { name: 'Issue receipt' }).click();
  const receiptLink = page.getByTestId('gift-receipt');
  await receiptLink.waitFor();
  const serial = (await receiptLink.innerText()).trim();
  assert.match(serial, new RegExp(`^${receivedOn.slice(0, 4)}-\\d{6}$`), 'a serial of the gift’s year');
  assert.equal(await page.getByRole('button', { name: 'Issue receipt' }).count(), 0, 'no second receipt for the gift');
  await screenshot(page, 'receipts-gift-issued');

  // Open it: the gift it covers, the amounts.
  await receiptLink.click();
  await page.getByRole('heading', { level: 1, name: `Receipt ${serial}` }).waitFor();
  const covered = page.getByRole('table', { name: 'Gifts covered' });
  assert.match(await covered.innerText(), /321\.45/);
  assert.match(await page.getByTestId('receipt-eligible').innerText(), /321\.45/);
  await screenshot(page, 'receipts-detail');
  await assertAccessible(page, 'the receipt page');

  // The first download is the original, a real PDF named after the serial; the next is a duplicate copy.
  const original = await download(page, page.getByRole('button', { name: 'Download original PDF' }));
  assert.equal(original.name, `receipt-${serial}.pdf`);
  assert.equal(original.bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
  assert.ok(original.bytes.toString('latin1').includes(`Receipt ${serial}`), 'the PDF is titled with the serial');
  const duplicate = await download(page, page.getByRole('button', { name: 'Download duplicate copy' }));
  assert.equal(duplicate.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.notDeepEqual(duplicate.bytes, original.bytes, 'the duplicate copy is marked, so it differs');
  const viewed = await api(page, token, 'GET', `/api/receipts/${page.url().split('/').pop()}`, undefined, 200);
  assert.equal(viewed.printCount, 2, 'both downloads were counted');

  // Replace it: a new serial that names the old one.
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  const replaceForm = page.getByRole('form', { name: 'Replace receipt' });
  await replaceForm.getByRole('textbox', { name: /^Reason/ }).fill('Donor asked for a corrected address');
  await replaceForm.getByRole('button', { name: 'Replace receipt' }).click();
  await page.getByRole('heading', { level: 1, name: /^Receipt / }).filter({ hasNotText: serial }).waitFor();
  const replacementSerial = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Receipt ', '').trim();
  assert.notEqual(replacementSerial, serial);
  const history = page.getByRole('region', { name: 'History' });
  await history.getByText('Issued as a replacement').waitFor();
  await history.getByRole('link', { name: serial }).waitFor();

  // Void the replacement, with a reason, after the confirmation.
  await page.getByRole('button', { name: 'Void', exact: true }).click();
  const voidForm = page.getByRole('form', { name: 'Void receipt' });
  await voidForm.getByRole('textbox', { name: /^Reason/ }).fill('Gift returned to the donor');
  await voidForm.getByRole('button', { name: 'Void receipt' }).click();
  await voidForm.waitFor({ state: 'detached' });
  await history.getByText('Reason: Gift returned to the donor').waitFor();
  await page.getByRole('button', { name: 'Download PDF (marked void)' }).waitFor();
  await screenshot(page, 'receipts-voided');
  await assertAccessible(page, 'a void receipt');

  // The donor's receipts: both numbers stay in the ledger.
  await page.goto(`/receipts?donor=${donor.id}`);
  const table = page.getByRole('table', { name: 'Receipts' });
  await table.getByRole('link', { name: `Receipt ${replacementSerial}` }).waitFor();
  await table.getByRole('link', { name: `Receipt ${serial}` }).waitFor();
  assert.match(await table.innerText(), /Replaced/i);
  assert.match(await table.innerText(), /Void/i);
  await screenshot(page, 'receipts-list');
  await assertAccessible(page, 'the receipt list');

  // The receipt template, for administrators.
  await nav.getByRole('link', { name: 'Receipt template' }).click();
  await page.getByRole('form', { name: 'Receipt template' }).waitFor();
  await screenshot(page, 'receipts-template');
  await assertAccessible(page, 'the receipt template');

  // The same on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/receipts?donor=${donor.id}`);
  await page.getByRole('table', { name: 'Receipts' }).getByRole('link', { name: `Receipt ${serial}` }).waitFor();
  const overflow = await page.evaluate(
    () => globalThis.document.documentElement.scrollWidth - globalThis.document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `the receipt list fits a phone's width (overflow ${overflow}px)`);
  await screenshot(page, 'receipts-list-phone');
  await assertAccessible(page, 'the receipt list on a phone');
  await page.getByRole('table', { name: 'Receipts' }).getByRole('link', { name: `Receipt ${serial}` }).click();
  await page.getByRole('heading', { level: 1, name: `Receipt ${serial}` }).waitFor();
  await screenshot(page, 'receipts-detail-phone');
  await assertAccessible(page, 'the receipt page on a phone');
});
