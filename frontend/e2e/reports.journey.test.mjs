import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { apiToken, assertAccessible, assertNoSidewaysScroll, eventually, openPage, screenshot, signIn } from './support/browser.mjs';

// Reports (issue 18) as three people use them: a board member opens their home page, the board dashboard; a
// development officer runs LYBUNT, asks why a donor is in it, opens the donor and downloads the list as Excel and PDF;
// an administrator schedules a report and sees its run succeed. Users, the donor and the gift come through the API.

const PASSWORD = 'correct horse battery staple';
/** LYBUNT's title as the server's catalogue gives it. */
const LYBUNT = 'LYBUNT: gave last year but not this year';

/** Calls the API as the journey's user and checks the status; returns the parsed body (undefined when empty). */
async function api(page, token, method, path, data, expected) {
  const response = await page.request.fetch(path, { method, headers: { Authorization: `Bearer ${token}` }, data });
  const text = await response.text();
  assert.equal(response.status(), expected, `${method} ${path}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Clicks something that starts a download and returns the file the browser saved: its suggested name and bytes. */
async function download(page, trigger) {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Picks an option of a Mantine Select inside `scope` by its label. */
async function choose(page, scope, label, option) {
  await scope.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** "2025-03-15" for a day of last year. */
function lastYear(monthDay) {
  return `${new Date().getUTCFullYear() - 1}-${monthDay}`;
}

/**
 * Signs in through the API as the administrator and prepares the data: a board member and a development officer, and
 * a donor who gave last year and nothing this year (so in LYBUNT), with their gift's id.
 */
async function prepare(t) {
  const page = await openPage(t);
  const token = await apiToken(page);

  // Unique per run, so the journey can run again against the same database.
  const run = Date.now().toString(36);
  const board = `board${run}`;
  const officer = `officer${run}`;
  for (const [username, displayName, role] of [
    [board, 'Bea Board', 'BOARD_MEMBER'],
    [officer, 'Dev Officer', 'DEVELOPMENT_OFFICER'],
  ]) {
    await api(page, token, 'POST', '/api/users', { username, displayName, email: `${username}@example.org`, password: PASSWORD, roles: [role] }, 201);
  }

  const lastName = `Lapsed${run}`;
  const donor = await api(page, token, 'POST', '/api/constituents', { type: 'INDIVIDUAL', firstName: 'Lou', lastName }, 201);
  const fund = await api(page, token, 'POST', '/api/funds', { code: `L${run}`.toUpperCase(), name: `Lapsed fund ${run}` }, 201);
  const gift = await api(
    page,
    token,
    'POST',
    '/api/gifts',
    {
      constituentId: donor.id,
      amount: '75.00',
      currency: 'USD',
      receivedOn: lastYear('03-15'),
      status: 'COMPLETED',
      kind: 'ONE_TIME',
      fundId: fund.id,
      paymentMethod: 'Check',
    },
    201,
  );
  return { page, token, run, board, officer, donor, donorName: `Lou ${lastName}`, gift };
}

test('reports: the board dashboard, LYBUNT with its drill-down and downloads, and a scheduled run', async (t) => {
  const data = await prepare(t);

  // ---- A board member: the home page is the board dashboard. ----
  const boardPage = await openPage(t);
  await boardPage.goto('/');
  await boardPage.waitForURL(/\/login/);
  await signIn(boardPage, data.board, PASSWORD);
  const dashboard = boardPage.getByRole('region', { name: 'Board dashboard' });
  await dashboard.waitFor();
  for (const card of ['Raised this year against last year', 'Donor retention', 'Campaign progress', 'Gift pyramid']) {
    const region = dashboard.getByRole('region', { name: card });
    await region.getByRole('link', { name: card }).waitFor();
    // Loaded, and not with an error.
    await eventually(`the ${card} card to load`, async () => (await region.getByLabel(/^Loading/).count()) === 0);
    assert.equal(await region.getByText(/could not be loaded/).count(), 0, `the ${card} card loaded`);
  }
  const nav = boardPage.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Reports', exact: true }).waitFor();
  await nav.getByRole('link', { name: 'Report schedules' }).waitFor();
  await screenshot(boardPage, 'reports-board-dashboard');
  await assertAccessible(boardPage, 'the board dashboard');
  // A card's title opens its report.
  await dashboard.getByRole('link', { name: 'Gift pyramid' }).click();
  await boardPage.waitForURL(/\/reports\/gift-range\?/);
  await boardPage.getByRole('heading', { level: 2, name: 'Definition' }).waitFor();
  await boardPage.getByRole('table', { name: /rows$/ }).waitFor();
  await boardPage.setViewportSize({ width: 390, height: 844 });
  await boardPage.goto('/');
  await boardPage.getByRole('region', { name: 'Board dashboard' }).waitFor();
  await boardPage.getByRole('region', { name: 'Gift pyramid' }).getByRole('link', { name: 'Gift pyramid' }).waitFor();
  await assertNoSidewaysScroll(boardPage, 'the board dashboard');
  await screenshot(boardPage, 'reports-board-dashboard-phone');
  await assertAccessible(boardPage, 'the board dashboard on a phone');

  // ---- A development officer: LYBUNT, why the donor is in it, the donor, the downloads. ----
  const page = await openPage(t);
  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page, data.officer, PASSWORD);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  await screenshot(page, 'reports-catalogue');
  await assertAccessible(page, 'the reports catalogue');
  await page.getByRole('region', { name: 'Donors' }).getByRole('link', { name: LYBUNT, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: LYBUNT }).waitFor();

  // Explicit parameters, in the address bar: today, calendar years, hard credit.
  const form = page.getByRole('form', { name: 'Report parameters' });
  const today = new Date().toISOString().slice(0, 10);
  // The field shows the date the last run used (today): cleared first, so that today counts as chosen.
  await form.getByLabel(/as of/i).fill('');
  await form.getByLabel(/as of/i).fill(today);
  await form.getByRole('button', { name: 'Run report' }).click();
  await page.waitForURL((url) => url.searchParams.get('asOf') === today);
  const table = page.getByRole('table', { name: `${LYBUNT} rows` });
  await table.waitFor();

  // Our donor, on whichever page they are (the test database may hold other lapsed donors).
  const donorLink = table.getByRole('link', { name: data.donorName, exact: true });
  await eventually(`${data.donorName} in LYBUNT`, async () => {
    if (await donorLink.count()) return true;
    const next = page.getByRole('button', { name: 'Next page' });
    assert.ok((await next.count()) > 0 && (await next.isEnabled()), `${data.donorName} is in LYBUNT`);
    await next.click();
    await page.waitForTimeout(500);
    return false;
  });
  const donorRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: data.donorName, exact: true }) });
  assert.match(await donorRow.innerText(), /75\.00/);
  await screenshot(page, 'reports-lybunt');
  await assertAccessible(page, 'the LYBUNT report');

  // Why is the donor in it? The gift that put them there, linked to its page.
  await page.getByRole('button', { name: `Why is ${data.donorName} in ${LYBUNT}?` }).click();
  const why = page.getByRole('dialog', { name: `Why ${data.donorName} is in ${LYBUNT}` });
  const gifts = why.getByRole('table', { name: `Gifts that count for ${data.donorName}` });
  await gifts.waitFor();
  const giftLink = gifts.getByRole('link', { name: /^Gift of .*75\.00/ });
  assert.equal(await giftLink.getAttribute('href'), `/gifts/${data.gift.id}`);
  await screenshot(page, 'reports-why');
  await assertAccessible(page, 'the why drill-down');
  await page.keyboard.press('Escape');
  await why.waitFor({ state: 'detached' });

  // The donor's page, and back.
  await donorLink.click();
  await page.getByRole('heading', { level: 1, name: data.donorName }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: LYBUNT }).waitFor();

  // The whole list as Excel and PDF, with the same parameters.
  const excel = await download(page, page.getByRole('button', { name: `Download ${LYBUNT} as Excel` }));
  assert.equal(excel.bytes.subarray(0, 2).toString('latin1'), 'PK', `an xlsx file: ${excel.name}`);
  assert.match(excel.name, /\.xlsx$/);
  const pdf = await download(page, page.getByRole('button', { name: `Download ${LYBUNT} as PDF` }));
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-', `a PDF: ${pdf.name}`);
  assert.match(pdf.name, /\.pdf$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByRole('table', { name: `${LYBUNT} rows` }).waitFor();
  await assertNoSidewaysScroll(page, 'the LYBUNT report');
  await screenshot(page, 'reports-lybunt-phone');
  await assertAccessible(page, 'the LYBUNT report on a phone');

  // ---- The administrator: a schedule, run now, its run in the history with its files. ----
  const admin = data.page;
  await admin.goto('/');
  await admin.waitForURL(/\/login/);
  await signIn(admin);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report schedules' }).click();
  await admin.getByRole('heading', { level: 1, name: 'Report schedules' }).waitFor();
  await admin.getByRole('switch', { name: /^Board members see donor names/ }).waitFor();
  await admin.getByRole('link', { name: 'New schedule' }).click();
  const scheduleForm = admin.getByRole('form', { name: 'New schedule' });
  const scheduleName = `Journey LYBUNT ${data.run}`;
  await scheduleForm.getByRole('textbox', { name: /^Name/ }).fill(scheduleName);
  await choose(admin, scheduleForm, /^Report/, `${LYBUNT} (Donors)`);
  await scheduleForm.getByText('Excel and PDF', { exact: true }).click();
  await choose(admin, scheduleForm, 'Repeats', 'Every day at 07:00');
  assert.equal(await scheduleForm.getByRole('textbox', { name: /^Cron expression/ }).inputValue(), '0 0 7 * * ?');
  const recipient = `treasurer.${data.run}@example.org`;
  await scheduleForm.getByRole('textbox', { name: 'Email to' }).fill(recipient);
  await admin.keyboard.press('Enter');
  await screenshot(admin, 'reports-schedule-form');
  await assertAccessible(admin, 'the schedule form');
  await scheduleForm.getByRole('button', { name: 'Create schedule' }).click();
  await admin.getByRole('heading', { level: 1, name: scheduleName }).waitFor();
  const scheduleId = admin.url().split('/').pop();
  const created = await api(admin, data.token, 'GET', `/api/report-schedules/${scheduleId}`, undefined, 200);
  assert.equal(created.report, 'lybunt');
  assert.equal(created.format, 'BOTH');
  assert.deepEqual(created.recipients, [recipient]);
  assert.equal('asOf' in (created.parameters ?? {}), false, 'a schedule keeps no asOf');

  await admin.getByRole('button', { name: 'Run now' }).click();
  const runs = admin.getByRole('table', { name: 'Runs' });
  const succeeded = runs.getByRole('row').filter({ hasText: 'Succeeded' }).first();
  await runs.waitFor();
  try {
    await eventually('the run to succeed', async () => (await succeeded.count()) > 0, { timeout: 90_000 });
  } catch (error) {
    assert.fail(`${error.message}; the runs: ${await runs.innerText()}`);
  }
  const runExcel = await download(admin, succeeded.getByRole('button', { name: /^Download Excel of the run/ }));
  assert.equal(runExcel.bytes.subarray(0, 2).toString('latin1'), 'PK', `the run's xlsx: ${runExcel.name}`);
  const runPdf = await download(admin, succeeded.getByRole('button', { name: /^Download PDF of the run/ }));
  assert.equal(runPdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-', `the run's PDF: ${runPdf.name}`);
  const history = await api(admin, data.token, 'GET', `/api/report-schedules/${scheduleId}/runs`, undefined, 200);
  assert.ok(history.some((run) => run.status === 'SUCCEEDED' && run.rowCount >= 1), 'the run is logged with its rows');
  await screenshot(admin, 'reports-schedule-runs');
  await assertAccessible(admin, 'the schedule and its runs');

  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.reload();
  await admin.getByRole('table', { name: 'Runs' }).getByRole('row').filter({ hasText: 'Succeeded' }).first().waitFor();
  await assertNoSidewaysScroll(admin, 'the schedule page');
  await screenshot(admin, 'reports-schedule-phone');
  await assertAccessible(admin, 'the schedule page on a phone');
  await admin.goto('/reports/schedules');
  await admin.getByRole('table', { name: 'Schedules' }).getByRole('link', { name: scheduleName }).waitFor();
  await assertNoSidewaysScroll(admin, 'the schedule list');
  await assertAccessible(admin, 'the schedule list on a phone');
});
