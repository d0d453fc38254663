import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { assertAccessible, openPage, screenshot, settings, signIn } from './support/browser.mjs';

/** Calls the API as the journey's user and checks the status; returns the parsed body. */
async function api(page, token, method, path, data, expected) {
  const response = await page.request.fetch(path, { method, headers: { Authorization: `Bearer ${token}` }, data });
  assert.equal(response.status(), expected, `${method} ${path}: ${await response.text()}`);
  return response.json();
}

/** Clicks a menu item that starts a download and returns the file the browser saved. */
async function download(page, item) {
  const [file] = await Promise.all([page.waitForEvent('download'), item.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** "2027-01-15T19:00" some days from now, for a datetime-local field. */
function localDateTime(daysAhead, hour) {
  const day = new Date(Date.now() + daysAhead * 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T${pad(hour)}:00`;
}

async function assertNoSidewaysScroll(page, what) {
  const overflow = await page.evaluate(
    () => globalThis.document.documentElement.scrollWidth - globalThis.document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `${what} fits a phone's width (overflow ${overflow}px)`);
}

/** Registers an existing constituent through the event page's dialog; returns what the dialog announced. */
async function register(page, lastName) {
  await page.getByRole('button', { name: 'Register someone' }).click();
  const dialog = page.getByRole('form', { name: 'Register someone' });
  await dialog.getByRole('textbox', { name: /^Constituent/ }).fill(lastName);
  await page.getByRole('option', { name: new RegExp(lastName) }).click();
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  const announcement = page.getByRole('dialog').getByRole('status');
  await announcement.waitFor();
  const text = await announcement.innerText();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  return text;
}

test('an administrator sets up an event, registers two people, and the waitlisted one takes the freed seat', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  const page = await openPage(t);
  const login = await page.request.post('/api/login', {
    data: { username: settings.username, password: settings.password },
  });
  assert.equal(login.status(), 200, 'the journey user can sign in through the API');
  const { access_token: token } = await login.json();

  // Two constituents through the API; unique per run.
  const run = Date.now().toString(36);
  const first = `Firstcomer${run}`;
  const second = `Secondcomer${run}`;
  await api(page, token, 'POST', '/api/constituents', { type: 'INDIVIDUAL', firstName: 'Fay', lastName: first }, 201);
  await api(page, token, 'POST', '/api/constituents', { type: 'INDIVIDUAL', firstName: 'Sol', lastName: second }, 201);

  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);

  // The Events entry; a new event with one seat.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Events' }).click();
  await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
  await page.getByRole('link', { name: 'New event' }).click();
  const form = page.getByRole('form', { name: 'New event' });
  const title = `Small supper ${run}`;
  await form.getByRole('textbox', { name: /^Title/ }).fill(title);
  await form.getByRole('textbox', { name: /^Venue/ }).fill('The library');
  await form.getByLabel(/^Starts/).fill(localDateTime(10, 19));
  await form.getByLabel(/^Ends/).fill(localDateTime(10, 22));
  await form.getByRole('textbox', { name: /^Capacity/ }).fill('1');
  await screenshot(page, 'events-form');
  await assertAccessible(page, 'the event set-up form');
  await form.getByRole('button', { name: 'Create event' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const eventId = page.url().split('/').pop();

  // A free ticket type, then publish.
  await page.getByRole('button', { name: 'Add ticket type' }).click();
  const ticketForm = page.getByRole('form', { name: 'Add ticket type' });
  await ticketForm.getByRole('textbox', { name: /^Name/ }).fill('Free seat');
  await ticketForm.getByRole('button', { name: 'Save ticket type' }).click();
  await ticketForm.waitFor({ state: 'detached' });
  await page.getByRole('table', { name: 'Ticket types' }).getByText('Free seat').waitFor();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('link', { name: 'Check-in' }).waitFor();
  assert.equal((await api(page, token, 'GET', `/api/events/${eventId}`, undefined, 200)).status, 'PUBLISHED');

  // The first takes the only seat; the second waits.
  assert.match(await register(page, first), /is registered/);
  assert.match(await register(page, second), /is on the waitlist/);
  await page.getByTestId('seats-waitlisted').filter({ hasText: '1' }).waitFor();
  await screenshot(page, 'events-page');
  await assertAccessible(page, 'the event page');

  // The first cancels: the second is offered the seat, and accepts.
  const registered = page.getByRole('table', { name: 'Registered registrations' });
  await registered.getByRole('button', { name: new RegExp(`Actions for Fay ${first}`) }).click();
  await page.getByRole('menuitem', { name: 'Cancel registration…' }).click();
  const cancelForm = page.getByRole('form', { name: 'Cancel registration' });
  await cancelForm.getByRole('textbox', { name: 'Reason' }).fill('Cannot come after all');
  await cancelForm.getByRole('button', { name: 'Cancel registration' }).click();
  await cancelForm.waitFor({ state: 'detached' });
  await page.getByRole('tab', { name: 'Offered' }).click();
  const offered = page.getByRole('table', { name: 'Offered registrations' });
  await offered.getByText(`Sol ${second}`).waitFor();
  await offered.getByText(/Offer holds until/).waitFor();
  await offered.getByRole('button', { name: new RegExp(`Actions for Sol ${second}`) }).click();
  await page.getByRole('menuitem', { name: 'Accept offer' }).click();
  await page.getByRole('tab', { name: 'Registered' }).click();
  await page.getByRole('table', { name: 'Registered registrations' }).getByText(`Sol ${second}`).waitFor();
  const list = await api(page, token, 'GET', `/api/events/${eventId}/registrations?status=REGISTERED`, undefined, 200);
  assert.deepEqual(
    list.items.map((item) => item.constituentName),
    [`Sol ${second}`],
    'the waitlisted one now holds the seat',
  );

  // The calendar file, downloaded with the session.
  await page.getByRole('button', { name: 'Downloads' }).click();
  const calendar = await download(page, page.getByRole('menuitem', { name: 'Calendar file (.ics)' }));
  assert.equal(calendar.bytes.subarray(0, 15).toString('latin1'), 'BEGIN:VCALENDAR', 'the download is an iCalendar file');

  // The list and the event page on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/events');
  await page.getByRole('table', { name: 'Events' }).getByRole('link', { name: title }).waitFor();
  await assertNoSidewaysScroll(page, 'the event list');
  await screenshot(page, 'events-list-phone');
  await assertAccessible(page, 'the event list on a phone');
  await page.getByRole('table', { name: 'Events' }).getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('table', { name: 'Registered registrations' }).getByText(`Sol ${second}`).waitFor();
  await assertNoSidewaysScroll(page, 'the event page');
  await screenshot(page, 'events-page-phone');
  await assertAccessible(page, 'the event page on a phone');
});
