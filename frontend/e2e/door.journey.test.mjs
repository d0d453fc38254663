import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertAccessible, assertNoSidewaysScroll, eventually, openPage, screenshot, settings, signIn } from './support/browser.mjs';

/** Where the test server's SMTP server shows what it received (WebJourneyIT sets it). */
const MAIL_URL = process.env.STEWARD_E2E_MAIL_URL ?? '';

/** Calls the API as the journey's user and checks the status; returns the parsed body. */
async function api(page, token, method, path, data, expected) {
  const response = await page.request.fetch(path, {
    method,
    headers: { Authorization: `Bearer ${token}` },
    data,
  });
  assert.equal(response.status(), expected, `${method} ${path}: ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/** A date-time `days` from now in ISO local form (the event's wall clock), at whole minutes. */
function daysFromNow(days, hours = 0) {
  const at = new Date(Date.now() + days * 86_400_000 + hours * 3_600_000);
  return at.toISOString().slice(0, 16) + ':00';
}

/** What the sign-up journey leaves for the door journey: the event, the QR code and three registrations. */
const door = {};

test('a visitor signs up on the public page on a phone, signed out, and gets the QR code by email', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  assert.ok(MAIL_URL, 'set STEWARD_E2E_MAIL_URL (WebJourneyIT does)');
  const page = await openPage(t, { width: 390, height: 844 });

  const login = await page.request.post('/api/login', {
    data: { username: settings.username, password: settings.password },
  });
  assert.equal(login.status(), 200, 'the journey user can sign in through the API');
  const { access_token: token } = await login.json();

  // Unique per run, so the journey can run again against the same database.
  const run = Date.now().toString(36);
  const title = `Door journey gala ${run}`;

  // An event with a free ticket type, published, through the API.
  const event = await api(
    page,
    token,
    'POST',
    '/api/events',
    {
      title,
      description: 'An evening of readings.',
      venue: 'Main hall',
      address: '1 Library Square',
      startsAt: daysFromNow(2),
      endsAt: daysFromNow(2, 3),
      timeZone: 'Europe/Paris',
    },
    201,
  );
  const ticket = await api(
    page,
    token,
    'POST',
    `/api/events/${event.id}/ticket-types`,
    { name: 'General', price: '0.00', currency: 'USD' },
    201,
  );
  await api(page, token, 'POST', `/api/events/${event.id}/publish`, undefined, 200);

  // Signed out, on a phone: the public list, then the event's page and its form.
  await page.goto('/public/events');
  await page.getByRole('heading', { level: 1, name: 'Upcoming events' }).waitFor();
  const eventLink = page.getByRole('link', { name: title });
  await eventLink.waitFor();
  await assertAccessible(page, 'the public event list');
  await assertNoSidewaysScroll(page, 'the public event list');
  await screenshot(page, 'door-public-events');
  await eventLink.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const form = page.getByRole('form', { name: 'Sign up' });
  await form.waitFor();
  await assertAccessible(page, 'the public sign-up page');
  await assertNoSidewaysScroll(page, 'the public sign-up page');
  // The honeypot is there for bots but out of reach for people.
  const honeypot = page.locator('input[name="website"]');
  assert.equal(await honeypot.getAttribute('tabindex'), '-1');
  assert.equal(await honeypot.getAttribute('autocomplete'), 'off');

  const email = `ada.${run}@example.org`;
  await form.getByRole('textbox', { name: /^First name/ }).fill('Ada');
  await form.getByRole('textbox', { name: /^Last name/ }).fill(`Lovelace${run}`);
  await form.getByRole('textbox', { name: /^Email/ }).fill(email);
  await screenshot(page, 'door-public-sign-up');
  await form.getByRole('button', { name: 'Sign up' }).click();
  const done = page.getByRole('status').filter({ hasText: 'You are registered' });
  await done.waitFor();
  assert.match(await done.innerText(), /Check your email/);
  await assertAccessible(page, 'the sign-up confirmation');
  await screenshot(page, 'door-public-registered');

  // The confirmation email arrives, with the QR code as a PNG file.
  const message = await eventually('the confirmation email', async () => {
    const response = await fetch(MAIL_URL);
    assert.equal(response.status, 200, `the mailbox at ${MAIL_URL} answers`);
    const messages = await response.json();
    return messages.find((candidate) => candidate.to === email && candidate.subject === `Your registration: ${title}`);
  });
  const qr = message.attachments.find((attachment) => attachment.name === 'check-in-code.png');
  assert.ok(qr, `the email has the QR code as a file: ${message.attachments.map((a) => a.name).join(', ')}`);
  assert.equal(qr.contentType, 'image/png');
  assert.ok(message.attachments.some((attachment) => attachment.name === 'event.ics'), 'and the calendar file');

  // Who signed up, as staff see it; two more guests registered by staff.
  const registrations = await api(page, token, 'GET', `/api/events/${event.id}/registrations`, undefined, 200);
  const ada = registrations.items.find((registration) => registration.status === 'REGISTERED');
  assert.ok(ada, 'the public sign-up is REGISTERED');
  const register = async (firstName, lastName) => {
    const person = await api(page, token, 'POST', '/api/constituents', { type: 'INDIVIDUAL', firstName, lastName }, 201);
    return api(
      page,
      token,
      'POST',
      `/api/events/${event.id}/registrations`,
      { constituentId: person.id, ticketTypeId: ticket.id },
      201,
    );
  };
  const grace = await register('Grace', `Hopper${run}`);
  const katherine = await register('Katherine', `Johnson${run}`);
  Object.assign(door, { token, run, title, event, qr, ada, grace, katherine });
});

test('at the door on a phone: check-in by a photo of the QR code, by name, and while offline, sent once', async (t) => {
  assert.ok(door.qr, 'the sign-up journey ran first and left its QR code');
  const { token, run, title, event, qr, ada, grace, katherine } = door;
  const page = await openPage(t, { width: 390, height: 844 });
  const statusOf = async (registration) =>
    (await api(page, token, 'GET', `/api/registrations/${registration.id}`, undefined, 200)).status;

  // Staff at the door, on a phone.
  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);
  await page.goto(`/events/${event.id}/check-in`);
  await page.getByRole('heading', { level: 1, name: `Check-in: ${title}` }).waitFor();
  const counts = page.getByTestId('check-in-counts');
  await counts.filter({ hasText: 'Checked in 0 of 3 people, 0 of 3 parties' }).waitFor();
  await assertAccessible(page, 'the check-in page');
  await assertNoSidewaysScroll(page, 'the check-in page');
  await screenshot(page, 'door-check-in');

  // "Scan from a photo" with the QR code of the email.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Scan from a photo' }).click();
  await (await chooser).setFiles({
    name: 'check-in-code.png',
    mimeType: 'image/png',
    buffer: Buffer.from(qr.base64, 'base64'),
  });
  const adaDialog = page.getByRole('dialog', { name: `Ada Lovelace${run}` });
  await adaDialog.waitFor();
  await assertAccessible(page, 'the party panel');
  await screenshot(page, 'door-party');
  await adaDialog.getByRole('button', { name: /^Check in/ }).click();
  await adaDialog.waitFor({ state: 'detached' });
  await eventually('Ada checked in through the API', async () => (await statusOf(ada)) === 'ATTENDED');

  // By name.
  const search = page.getByRole('textbox', { name: 'Search by name' });
  await search.fill(`hopper${run}`);
  const parties = page.getByRole('list', { name: 'Parties' });
  await parties.getByRole('button', { name: new RegExp(`Grace Hopper${run}`) }).click();
  const graceDialog = page.getByRole('dialog', { name: `Grace Hopper${run}` });
  await graceDialog.getByRole('button', { name: /^Check in/ }).click();
  await graceDialog.waitFor({ state: 'detached' });
  await eventually('Grace checked in through the API', async () => (await statusOf(grace)) === 'ATTENDED');

  // Offline: the check-in is shown at once and queued.
  await page.context().setOffline(true);
  await search.fill(`Katherine Johnson${run}`);
  await parties.getByRole('button', { name: new RegExp(`Katherine Johnson${run}`) }).click();
  const katherineDialog = page.getByRole('dialog', { name: `Katherine Johnson${run}` });
  await katherineDialog.getByRole('button', { name: /^Check in/ }).click();
  await katherineDialog.waitFor({ state: 'detached' });
  await page.getByTestId('queue-banner').filter({ hasText: 'Offline: 1 check-in waiting to be sent' }).waitFor();
  await parties.getByText('Queued').waitFor();
  await counts.filter({ hasText: 'Checked in 3 of 3 people, 3 of 3 parties' }).waitFor();
  await assertAccessible(page, 'the check-in page with a queued check-in');
  await screenshot(page, 'door-offline');
  assert.equal(await statusOf(katherine), 'REGISTERED', 'nothing reached the server while offline');

  // Back online: the queue goes out, once.
  await page.context().setOffline(false);
  await page.getByTestId('queue-banner').waitFor({ state: 'detached', timeout: 30_000 });
  await eventually('Katherine checked in through the API', async () => (await statusOf(katherine)) === 'ATTENDED');
  const attendance = await api(page, token, 'GET', `/api/events/${event.id}/attendance`, undefined, 200);
  assert.deepEqual(attendance, { expectedParties: 3, expectedPeople: 3, checkedInParties: 3, checkedInPeople: 3 });
  await assertNoSidewaysScroll(page, 'the check-in page');
});
