import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  apiToken,
  assertAccessible,
  assertNoSidewaysScroll,
  openPage,
  screenshot,
  signIn,
} from './support/browser.mjs';

/** Posts as the journey's user through the API; answers the created record. */
async function post(page, token, path, data) {
  const response = await page.request.post(path, { headers: { Authorization: `Bearer ${token}` }, data });
  assert.ok(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

test('on a phone a task is created and done; a manager reassigns one from the team view', async (t) => {
  const run = Date.now().toString(36);
  const page = await openPage(t, { width: 390, height: 844 });
  const token = await apiToken(page);
  const colleague = `tasks-${run}`;
  await post(page, token, '/api/users', {
    username: colleague,
    displayName: `Colin ${run}`,
    email: `${colleague}@example.org`,
    password: `a-long-password-${run}`,
    roles: ['DEVELOPMENT_OFFICER'],
  });
  const me = (await (await page.request.get('/api/me', { headers: { Authorization: `Bearer ${token}` } })).json()).username;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const overdue = `Call the florist ${run}`;
  await post(page, token, '/api/tasks', { title: overdue, assignee: me, dueDate: yesterday });

  await page.goto('/');
  await page.waitForURL(/\/login/);
  await signIn(page);
  await page.goto('/tasks');
  const table = page.getByRole('table', { name: 'My tasks' });
  const row = table.getByRole('row').filter({ hasText: overdue });
  await row.getByText('Overdue').waitFor();

  // The Done button is whole on the screen of a 390 px phone, without scrolling sideways.
  const done = row.getByRole('button', { name: `Mark “${overdue}” done` });
  const box = await done.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the Done button is on the screen (${JSON.stringify(box)})`);
  assert.ok(box.width >= 60 && box.height >= 24, `the Done button keeps its size (${JSON.stringify(box)})`);
  await assertNoSidewaysScroll(page, 'My tasks');
  await screenshot(page, 'phone-my-tasks');
  await assertAccessible(page, 'My tasks on a phone');

  // A task on its own, for a colleague.
  const own = `Order the name tags ${run}`;
  await page.getByRole('button', { name: 'New task' }).click();
  const form = page.getByRole('form', { name: 'New task' });
  await form.getByRole('textbox', { name: 'Task', exact: true }).fill(own);
  await assertNoSidewaysScroll(page, 'the new task form');
  await assertAccessible(page, 'the new task form');
  await form.getByRole('button', { name: 'Create task' }).click();
  await form.waitFor({ state: 'detached' });
  await table.getByRole('row').filter({ hasText: own }).waitFor();

  await done.click();
  await row.waitFor({ state: 'detached' });

  // The team view: reassign the new task to the colleague, who now has it.
  await page.goto('/tasks/team');
  await page.getByRole('heading', { level: 1, name: 'Team tasks' }).waitFor();
  await page.getByRole('button', { name: `Change “${own}”` }).click();
  const change = page.getByRole('form', { name: 'Change task' });
  await change.getByRole('textbox', { name: 'Assigned to' }).click();
  await page.getByRole('option', { name: `Colin ${run} (${colleague})` }).click();
  await change.getByRole('button', { name: 'Save task' }).click();
  await change.waitFor({ state: 'detached' });
  await page.getByRole('region', { name: `Colin ${run}` }).getByText(own).waitFor();
  await assertNoSidewaysScroll(page, 'Team tasks');
  await assertAccessible(page, 'Team tasks');
});
