import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertAccessible, openPage, screenshot, settings, signIn } from './support/browser.mjs';

/** Creates a constituent through the API as the journey's user; returns its id. */
async function createIndividual(page, token, body) {
  const response = await page.request.post('/api/constituents', {
    headers: { Authorization: `Bearer ${token}` },
    data: { type: 'INDIVIDUAL', ...body },
  });
  assert.equal(response.status(), 201, `creating ${body.firstName}: ${await response.text()}`);
  return (await response.json()).id;
}

test('staff log an interaction, reviews a duplicate and merges it', async (t) => {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  const page = await openPage(t);

  const login = await page.request.post('/api/login', {
    data: { username: settings.username, password: settings.password },
  });
  assert.equal(login.status(), 200, 'the journey user can sign in through the API');
  const { access_token: token } = await login.json();
  const probe = await page.request.get('/api/constituents?size=1', {
    headers: { Authorization: `Bearer ${token}` },
  });
  // A missing constituents API is a failure of this journey, never a reason to skip it.
  assert.equal(probe.status(), 200, `GET /api/constituents: ${await probe.text()}`);

  // Unique per run, so the journey can run again against the same database.
  const suffix = Date.now().toString(36);
  const lastName = `Journey${suffix}`;
  const shared = `merle.${suffix}@example.org`;
  const homeEmail = `merle.home.${suffix}@example.org`;
  const workEmail = `merle.work.${suffix}@example.org`;
  const firstId = await createIndividual(page, token, {
    firstName: 'Merle',
    lastName,
    emails: [
      { address: shared, type: 'HOME', primary: true },
      { address: homeEmail, type: 'HOME', primary: false },
    ],
    tags: ['journey'],
  });
  const secondId = await createIndividual(page, token, {
    firstName: 'Merle B.',
    lastName,
    birthDate: '1961-04-12',
    emails: [
      { address: shared.toUpperCase(), type: 'HOME', primary: true },
      { address: workEmail, type: 'WORK', primary: false },
    ],
  });
  const firstName = `Merle ${lastName}`;
  const secondName = `Merle B. ${lastName}`;

  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);

  // The 360° view of the first record; log a phone call.
  await page.goto(`/constituents/${firstId}`);
  await page.getByRole('heading', { level: 1, name: firstName }).waitFor();
  const contact = page.getByRole('region', { name: 'Contact details' });
  await contact.getByRole('link', { name: homeEmail }).waitFor();

  await page.getByRole('button', { name: 'Log interaction' }).click();
  const form = page.getByRole('form', { name: 'Log interaction' });
  await form.getByRole('radio', { name: 'They reached us' }).check();
  await form.getByRole('textbox', { name: 'Subject' }).fill(`Asked to merge her records ${suffix}`);
  await form.getByRole('textbox', { name: 'Notes' }).fill('She has two email addresses with us.');
  await form.getByRole('button', { name: 'Log interaction' }).click();
  await form.waitFor({ state: 'detached' });
  const timeline = page.getByLabel('Interaction timeline');
  await timeline.getByText(`Asked to merge her records ${suffix}`).waitFor();
  await screenshot(page, 'constituent-360');
  await assertAccessible(page, 'the 360° view with its timeline');

  // Merge…: the rules found the second record (same email); review it.
  await page.getByRole('button', { name: 'Merge…' }).click();
  const picker = page.getByRole('dialog', { name: `Merge with ${firstName}` });
  await picker.getByRole('radio', { name: new RegExp(secondName.replace('.', '\\.')) }).check();
  await picker.getByRole('button', { name: 'Review merge' }).click();

  await page.waitForURL(/\/constituents\/duplicates\?/);
  const review = page.getByRole('dialog', { name: 'Review possible duplicate' });
  await review.getByText('What the merge does').waitFor();
  // Keep the second record: the first one's email and the call move to it.
  await review.getByRole('radio', { name: `Keep ${secondName} (second record)` }).check();
  await review.getByText(`Emails moving to ${secondName}: ${homeEmail}`).waitFor();
  await review.getByText(/Records moving: 1 interaction\b/).waitFor();
  await review.getByText('What the merge does').scrollIntoViewIfNeeded();
  await screenshot(page, 'duplicates-review');
  await assertAccessible(page, 'the merge review');

  await review.getByRole('button', { name: `Merge ${firstName} into ${secondName}` }).click();

  // The survivor's page now has the duplicate's email and the interaction.
  await page.waitForURL(new RegExp(`/constituents/${secondId}$`));
  await page.getByRole('heading', { level: 1, name: secondName }).waitFor();
  await page.getByText(`${firstName} was merged into ${secondName}.`).waitFor();
  const survivorContact = page.getByRole('region', { name: 'Contact details' });
  await survivorContact.getByRole('link', { name: homeEmail }).waitFor();
  await survivorContact.getByRole('link', { name: workEmail }).waitFor();
  await page.getByLabel('Interaction timeline').getByText(`Asked to merge her records ${suffix}`).waitFor();

  // An old link to the first record now leads to the survivor, saying so.
  await page.goto(`/constituents/${firstId}`);
  await page.waitForURL(new RegExp(`/constituents/${secondId}$`));
  await page.getByRole('heading', { level: 1, name: secondName }).waitFor();
  const notice = await page.getByText(/The record you opened was merged into this one/).innerText();
  assert.match(notice, new RegExp(secondName));
});
