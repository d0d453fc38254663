// Screenshots of the main screens at desktop and phone width, against the mock backend and the
// current build:  npm run build && npm run screenshots   (PNGs in e2e-output/screenshots/)
import { MOCK_PASSWORD, startMockBackend } from './mock-backend.mjs';

const backend = await startMockBackend();
process.env.BASE_URL = backend.url;
const { openPage, screenshot, signIn } = await import('./browser.mjs');

const cleanups = [];
const t = { after: (fn) => cleanups.push(fn) };
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

try {
  for (const viewport of viewports) {
    const page = await openPage(t, viewport);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    console.log(await screenshot(page, `${viewport.name}-login`));

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your username').waitFor();
    console.log(await screenshot(page, `${viewport.name}-login-errors`));

    await signIn(page, 'admin', MOCK_PASSWORD);
    console.log(await screenshot(page, `${viewport.name}-home`));

    if (viewport.name === 'phone') {
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).waitFor();
      console.log(await screenshot(page, `${viewport.name}-navigation`));
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await page.getByText('Dora Development').waitFor();
    console.log(await screenshot(page, `${viewport.name}-users`));

    await page.getByRole('button', { name: /^Ada Admin.*account menu$/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).waitFor();
    console.log(await screenshot(page, `${viewport.name}-user-menu`));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'New user' }).click();
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByText('Choose at least one role').waitFor();
    console.log(await screenshot(page, `${viewport.name}-new-user`));
    await page.keyboard.press('Escape');

    await page.goto('/audit');
    await page.getByRole('button', { name: /Show changes/ }).first().click();
    await page.getByText('Joined the events team').first().waitFor();
    console.log(await screenshot(page, `${viewport.name}-audit`));

    await page.goto('/nowhere');
    await page.getByRole('heading', { name: 'We could not find that page' }).waitFor();
    console.log(await screenshot(page, `${viewport.name}-not-found`));
  }
} finally {
  for (const cleanup of cleanups) await cleanup();
  await backend.stop();
}
