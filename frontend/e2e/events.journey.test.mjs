import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { assertAccessible, assertNoSidewaysScroll, eventually, openPage, screenshot, settings, signIn } from './support/browser.mjs';

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

/** The constituents that have this email address (through the API). */
async function withEmail(page, token, email) {
  const found = await api(page, token, 'GET', `/api/constituents?email=${encodeURIComponent(email)}`, undefined, 200);
  return found.items;
}

/** Opens the register dialog, chooses "New person" and fills the person in; returns the dialog's form. */
async function fillNewPerson(page, { firstName, lastName, email }) {
  await page.getByRole('button', { name: 'Register someone' }).click();
  const dialog = page.getByRole('form', { name: 'Register someone' });
  await dialog.getByText('New person', { exact: true }).click();
  await dialog.getByRole('textbox', { name: /^First name/ }).fill(firstName);
  await dialog.getByRole('textbox', { name: /^Last name/ }).fill(lastName);
  await dialog.getByRole('textbox', { name: /^Email/ }).fill(email);
  return dialog;
}

/** Reads the dialog's announcement of the registration and closes the dialog; returns the announcement. */
async function announced(page) {
  const announcement = page.getByRole('dialog').getByRole('status');
  await announcement.waitFor();
  const text = await announcement.innerText();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  return text;
}

/** Registers an existing constituent through the event page's dialog; returns what the dialog announced. */
async function register(page, lastName) {
  await page.getByRole('button', { name: 'Register someone' }).click();
  const dialog = page.getByRole('form', { name: 'Register someone' });
  await dialog.getByRole('textbox', { name: /^Constituent/ }).fill(lastName);
  await page.getByRole('option', { name: new RegExp(lastName) }).click();
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  return announced(page);
}

test('an administrator sets up an event, registers people, downloads its documents and cancels it', async (t) => {
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

  // Room for more (capacity 10, through the API) for the steps below.
  const before = await api(page, token, 'GET', `/api/events/${eventId}`, undefined, 200);
  await api(
    page,
    token,
    'PUT',
    `/api/events/${eventId}`,
    {
      title: before.title,
      description: before.description,
      venue: before.venue,
      address: before.address,
      onlineUrl: before.onlineUrl,
      startsAt: before.startsAt,
      endsAt: before.endsAt,
      timeZone: before.timeZone,
      registrationOpensAt: before.registrationOpensAt,
      registrationClosesAt: before.registrationClosesAt,
      capacity: 10,
      campaignId: before.campaignId,
      questions: before.questions,
      version: before.version,
    },
    200,
  );
  await page.reload();
  await page.getByTestId('seats-taken').filter({ hasText: '1 of 10' }).waitFor();

  // A new person whose email is already on file: the dialog offers the existing record, which is registered.
  const sharedEmail = `vera.${run}@example.org`;
  const veraLast = `Matchwell${run}`;
  const vera = await api(
    page,
    token,
    'POST',
    '/api/constituents',
    {
      type: 'INDIVIDUAL',
      firstName: 'Vera',
      lastName: veraLast,
      emails: [{ address: sharedEmail, type: 'HOME', primary: true }],
    },
    201,
  );
  const veraDialog = await fillNewPerson(page, { firstName: 'Vera', lastName: veraLast, email: sharedEmail });
  await veraDialog.getByRole('button', { name: 'Register', exact: true }).click();
  const prompt = veraDialog.getByRole('alert').filter({ hasText: 'This person may already be in Steward' });
  await prompt.waitFor();
  await prompt.getByText(`Vera ${veraLast}`, { exact: true }).waitFor();
  await prompt.getByText('Same email', { exact: true }).waitFor();
  await page.setViewportSize({ width: 1280, height: 1100 }); // the whole dialog in the picture
  await screenshot(page, 'events-register-duplicate');
  await page.setViewportSize({ width: 1280, height: 800 });
  await assertAccessible(page, "the register dialog's duplicate prompt");
  await prompt.getByRole('button', { name: `Register Vera ${veraLast}` }).click();
  assert.match(await announced(page), new RegExp(`Vera ${veraLast} is registered`));
  const veras = await withEmail(page, token, sharedEmail);
  assert.deepEqual(
    veras.map((item) => item.id),
    [vera.id],
    'the existing constituent was registered: no second one with that email',
  );

  // Another new person, with an email nobody has: created and registered.
  const newEmail = `nell.${run}@example.org`;
  const nellLast = `Newcomer${run}`;
  const nellDialog = await fillNewPerson(page, { firstName: 'Nell', lastName: nellLast, email: newEmail });
  await nellDialog.getByRole('button', { name: 'Register', exact: true }).click();
  assert.match(await announced(page), new RegExp(`Nell ${nellLast} is registered`));
  const nells = await withEmail(page, token, newEmail);
  assert.equal(nells.length, 1, 'the new person was created once');
  const registeredPath = `/api/events/${eventId}/registrations?status=REGISTERED`;
  const registeredNow = await api(page, token, 'GET', registeredPath, undefined, 200);
  assert.deepEqual(
    registeredNow.items.map((item) => item.constituentId).sort(),
    [vera.id, nells[0].id, list.items[0].constituentId].sort(),
    'Sol, Vera and Nell hold seats',
  );
  const registeredTable = page.getByRole('table', { name: 'Registered registrations' });
  await registeredTable.getByText(`Nell ${nellLast}`).waitFor();
  await registeredTable.getByText(`Vera ${veraLast}`).waitFor();
  await page.getByTestId('seats-taken').filter({ hasText: '3 of 10' }).waitFor();
  await screenshot(page, 'events-page-registrations');
  const clipped = await registeredTable
    .locator('.mantine-Badge-label')
    .evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent));
  assert.deepEqual(clipped, [], 'the status badges show their whole label');

  // The name search: part of a name shows only the matching row.
  await page.getByRole('textbox', { name: 'Search by name' }).fill(`tchwell${run}`);
  await registeredTable.getByText(`Nell ${nellLast}`).waitFor({ state: 'detached' });
  await registeredTable.getByText(`Sol ${second}`).waitFor({ state: 'detached' });
  await registeredTable.getByText(`Vera ${veraLast}`).waitFor();
  await page.getByRole('status').filter({ hasText: /^1 registered party$/ }).waitFor();
  await page.getByRole('textbox', { name: 'Search by name' }).fill('');
  await registeredTable.getByText(`Nell ${nellLast}`).waitFor();

  // The documents, downloaded with the session: the attendee list, the sign-in sheet, the badges, the calendar.
  await page.getByRole('button', { name: 'Downloads' }).click();
  const attendees = await download(page, page.getByRole('menuitem', { name: 'Attendee list (Excel)' }));
  assert.equal(attendees.bytes.subarray(0, 2).toString('latin1'), 'PK', `an xlsx attendee list: ${attendees.name}`);
  assert.match(attendees.name, /\.xlsx$/);
  await page.getByRole('button', { name: 'Downloads' }).click();
  const sheet = await download(page, page.getByRole('menuitem', { name: 'Sign-in sheet (PDF)' }));
  assert.equal(sheet.bytes.subarray(0, 5).toString('latin1'), '%PDF-', `the sign-in sheet is a PDF: ${sheet.name}`);
  await page.getByRole('button', { name: 'Downloads' }).click();
  const badges = await download(page, page.getByRole('menuitem', { name: 'Name badges (PDF)' }));
  assert.equal(badges.bytes.subarray(0, 5).toString('latin1'), '%PDF-', `the badges are a PDF: ${badges.name}`);
  await page.getByRole('button', { name: 'Downloads' }).click();
  const calendar = await download(page, page.getByRole('menuitem', { name: 'Calendar file (.ics)' }));
  assert.equal(calendar.bytes.subarray(0, 15).toString('latin1'), 'BEGIN:VCALENDAR', 'an iCalendar file');

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

  // The event is cancelled from its page: no refunds, the registrants are emailed.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Cancel event' }).click();
  const cancelEvent = page.getByRole('form', { name: 'Cancel event' });
  await cancelEvent.getByRole('textbox', { name: 'Reason' }).fill('The library is closed for repairs');
  const refund = cancelEvent.getByRole('switch', { name: /^Refund fees/ });
  const notify = cancelEvent.getByRole('switch', { name: /^Email registrants/ });
  if (await refund.isChecked()) await refund.uncheck({ force: true });
  if (!(await notify.isChecked())) await notify.check({ force: true });
  assert.equal(await refund.isChecked(), false, 'Refund fees is off');
  assert.equal(await notify.isChecked(), true, 'Email registrants is on');
  await assertAccessible(page, 'the cancel-event dialog');
  await cancelEvent.getByRole('button', { name: 'Cancel event' }).click();
  await cancelEvent.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Cancel event' }).waitFor({ state: 'detached' });
  assert.equal((await api(page, token, 'GET', `/api/events/${eventId}`, undefined, 200)).status, 'CANCELLED');
  for (const status of ['REGISTERED', 'WAITLISTED', 'OFFERED']) {
    const statusPath = `/api/events/${eventId}/registrations?status=${status}`;
    const still = await api(page, token, 'GET', statusPath, undefined, 200);
    assert.equal(still.total, 0, `no registration is left ${status}`);
  }
  const cancelledPath = `/api/events/${eventId}/registrations?status=CANCELLED`;
  const cancelled = await api(page, token, 'GET', cancelledPath, undefined, 200);
  assert.deepEqual(
    cancelled.items.map((item) => item.constituentName).sort(),
    [`Fay ${first}`, `Nell ${nellLast}`, `Sol ${second}`, `Vera ${veraLast}`].sort(),
    'every registration is cancelled',
  );
  const mailUrl = process.env.STEWARD_E2E_MAIL_URL;
  if (mailUrl) {
    await eventually('the cancellation emails to Vera and Nell', async () => {
      const messages = await (await fetch(mailUrl)).json();
      const told = (to) => messages.some((m) => m.to === to && m.subject === `Event cancelled: ${title}`);
      return told(sharedEmail) && told(newEmail);
    });
  }
});
