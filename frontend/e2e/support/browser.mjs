// Shared set-up of the journeys: settings from the environment and a headless Chromium.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import { chromium } from 'playwright-core';

/** Settings of a journey run; the backend's integration test sets them. */
export const settings = {
  baseUrl: (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, ''),
  username: process.env.STEWARD_E2E_USERNAME ?? 'admin',
  password: process.env.STEWARD_E2E_PASSWORD ?? '',
  outputDir: path.resolve(process.env.E2E_OUTPUT_DIR ?? path.join(import.meta.dirname, '../../e2e-output')),
};

// Chromium from the system (Debian's package): never a browser download.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium and opens a page. Playwright gives every launch its own fresh, temporary
 * user-data-dir and removes it on close. Closes itself when the test ends.
 */
export async function openPage(t, { width = 1280, height = 800 } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  t.after(() => browser.close());
  const context = await browser.newContext({ viewport: { width, height }, baseURL: settings.baseUrl });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.setDefaultNavigationTimeout(30_000);
  return page;
}

/** Signs in through the login page (the page must show it). */
export async function signIn(page, username = settings.username, password = settings.password) {
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
}

export async function screenshot(page, name) {
  const dir = path.join(settings.outputDir, 'screenshots');
  await mkdir(dir, { recursive: true });
  // Let transitions (drawers, menus, overlays) finish so the picture shows the settled screen.
  await page.waitForTimeout(600);
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page once its transitions have finished and fails on any serious
 * or critical violation, naming the rule and the first elements at fault.
 */
export async function assertAccessible(page, what) {
  // A dialog or menu still fading in is half transparent: its colours would be judged mid-transition.
  await page.waitForFunction(() =>
    globalThis.document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  await page.addScriptTag({ path: AXE_SCRIPT });
  // Runs in the page, where axe-core has just been loaded.
  const result = await page.evaluate(() =>
    globalThis.axe.run(globalThis.document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }),
  );
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}; at ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}`)
          .join(' | ')}`,
    );
  assert.deepEqual(serious, [], `accessibility of ${what}`);
}

/** Waits until `check` answers something truthy (polling), or fails saying what it waited for. */
export async function eventually(what, check, { timeout = 60_000, every = 500 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/** Fails when the page is wider than the window (a phone user would have to scroll sideways). */
export async function assertNoSidewaysScroll(page, what) {
  const overflow = await page.evaluate(
    () => globalThis.document.documentElement.scrollWidth - globalThis.document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `${what} fits a phone's width (overflow ${overflow}px)`);
}

/** Signs the journey user in through the API (the settings' username and password); answers the bearer token. */
export async function apiToken(page) {
  assert.ok(settings.password, 'set STEWARD_E2E_PASSWORD (and STEWARD_E2E_USERNAME, BASE_URL)');
  const login = await page.request.post('/api/login', {
    data: { username: settings.username, password: settings.password },
  });
  assert.equal(login.status(), 200, 'the journey user can sign in through the API');
  const { access_token: token } = await login.json();
  return token;
}
