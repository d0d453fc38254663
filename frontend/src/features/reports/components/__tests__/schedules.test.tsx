import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Role } from '@/config/roles';
import { createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/mock-session';
import { reportsDb } from '@/testing/mocks/report-handlers';
import { server } from '@/testing/mocks/server';
import { createRun, createSchedule } from '@/testing/report-generators';
import { renderRoutes, signInAs } from '@/testing/test-utils';
import { ScheduleCreatePage, ScheduleEditPage } from '@/features/reports/components/schedule-form-pages';
import { SchedulePage } from '@/features/reports/components/schedule-page';
import { SchedulesPage } from '@/features/reports/components/schedules-page';

const ROUTES = [
  { path: '/reports/schedules', element: <SchedulesPage /> },
  { path: '/reports/schedules/new', element: <ScheduleCreatePage /> },
  { path: '/reports/schedules/:id', element: <SchedulePage /> },
  { path: '/reports/schedules/:id/edit', element: <ScheduleEditPage /> },
];

function renderAs(url: string, username: string, roles: Role[]) {
  if (!db.users.some((user) => user.username === username)) db.users.push(createUser({ username, roles }));
  signInAs(username, roles);
  return renderRoutes(ROUTES, { url });
}

/** A field's own input (Mantine's selects label their list and a hidden input too). */
const INPUT = 'input:not([type="hidden"])';

/** The files handed to the browser as downloads. */
const saved: string[] = [];

beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:run');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('schedule form', () => {
  it('creates a schedule: the server’s 400 lands on the fields, then it saves without asOf', async () => {
    const { user, router } = renderAs('/reports/schedules/new?report=lybunt&asOf=2025-06-30&creditBasis=HOUSEHOLD', 'admin', ['ADMIN']);
    const form = await screen.findByRole('form', { name: 'New schedule' });
    // From the report page's "Schedule": the report and its parameters, but never asOf.
    expect(within(form).getByLabelText(/^Report/, { selector: INPUT })).toHaveValue('LYBUNT (Donors)');
    expect(within(form).getByLabelText('Credit', { selector: INPUT })).toHaveValue('Household: members’ gifts to their household');
    expect(within(form).queryByLabelText('As of')).not.toBeInTheDocument();

    // Nothing named: refused on the page.
    await user.click(within(form).getByRole('button', { name: 'Create schedule' }));
    expect(await within(form).findByText('Enter a name')).toBeInTheDocument();
    expect(reportsDb.scheduleBodies).toHaveLength(0);

    // Pasted rather than typed: a long form re-renders on every key, which is slow in jsdom.
    await user.click(within(form).getByLabelText(/^Name/, { selector: INPUT }));
    await user.paste('Weekday LYBUNT');
    await user.click(within(form).getByLabelText('PDF'));
    await user.click(within(form).getByLabelText('Repeats', { selector: INPUT }));
    await user.click(await screen.findByRole('option', { name: 'Every weekday at 07:00' }));
    const cron = within(form).getByLabelText(/^Cron expression/, { selector: INPUT });
    expect(cron).toHaveValue('0 0 7 ? * MON-FRI');
    expect(within(form).getByText('In words: At 07:00, Monday through Friday')).toBeInTheDocument();
    const recipients = within(form).getByLabelText('Email to', { selector: INPUT });
    await user.type(recipients, 'treasurer@example.org{Enter}');

    // The server refuses: each objection on its field.
    server.use(
      http.post(
        '*/api/report-schedules',
        () =>
          problem(400, 'validation.failed', 'The request is not valid', {
            violations: [
              { field: 'create.request.cron', message: 'fires more often than once an hour' },
              { field: 'create.request.recipients[0]', message: 'is not allowed to receive reports' },
              { field: 'create.request.parameters.creditBasis', message: 'is not offered for this report' },
            ],
          }),
        { once: true },
      ),
    );
    await user.click(within(form).getByRole('button', { name: 'Create schedule' }));
    expect(await within(form).findByText('fires more often than once an hour')).toBeInTheDocument();
    expect(cron).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('is not allowed to receive reports')).toBeInTheDocument();
    expect(within(form).getByText('is not offered for this report')).toBeInTheDocument();
    expect(within(form).getByLabelText('Credit', { selector: INPUT })).toHaveAttribute('aria-invalid', 'true');

    // Again: saved, and the page of the new schedule opens.
    await user.click(within(form).getByRole('button', { name: 'Create schedule' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/reports\/schedules\/[0-9a-f-]{36}$/));
    expect(reportsDb.scheduleBodies.at(-1)).toEqual({
      name: 'Weekday LYBUNT',
      report: 'lybunt',
      parameters: { creditBasis: 'HOUSEHOLD' },
      format: 'PDF',
      cron: '0 0 7 ? * MON-FRI',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      recipients: ['treasurer@example.org'],
      enabled: true,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Weekday LYBUNT' })).toBeInTheDocument();
  });
});

describe('schedule edit', () => {
  it('says when someone else saved the schedule meanwhile and loads the latest version', async () => {
    const schedule = createSchedule({ owner: 'admin', name: 'Monday LYBUNT', version: 3 });
    reportsDb.schedules.push(schedule);
    const { user } = renderAs(`/reports/schedules/${schedule.id}/edit`, 'admin', ['ADMIN']);
    const name = await screen.findByRole('textbox', { name: /^Name/ });
    expect(name).toHaveValue('Monday LYBUNT');
    // Someone else saves first.
    const index = reportsDb.schedules.findIndex((entry) => entry.id === schedule.id);
    reportsDb.schedules[index] = { ...reportsDb.schedules[index]!, name: 'Monday LYBUNT for the board', version: 4 };

    await user.clear(name);
    await user.type(name, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert', { name: /Someone else changed this schedule/ });
    expect(alert).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Load latest' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Monday LYBUNT for the board'),
    );
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });
});

describe('schedule page', () => {
  function seed(owner = 'admin') {
    const schedule = createSchedule({ owner });
    const ok = createRun({ scheduleId: schedule.id, files: [{ format: 'xlsx', fileName: 'lybunt.xlsx', size: 5120 }] });
    const failed = createRun({
      scheduleId: schedule.id,
      status: 'FAILED',
      attempt: 3,
      error: 'The mail server did not answer',
      files: [],
      rowCount: null,
    });
    const old = createRun({ scheduleId: schedule.id, expiresAt: '2020-01-01T00:00:00Z' });
    reportsDb.schedules.push(schedule);
    reportsDb.runs.push(ok, failed, old);
    return { schedule, ok, failed, old };
  }

  it('runs a schedule now and shows its runs: status, duration, rows, error, files while kept', async () => {
    const { schedule, ok } = seed();
    const { user } = renderAs(`/reports/schedules/${schedule.id}`, 'admin', ['ADMIN']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Monday LYBUNT' })).toBeInTheDocument();
    expect(screen.getByText(/At 07:00, only on Monday \(America\/New_York\)/)).toBeInTheDocument();

    const runs = screen.getByRole('table', { name: 'Runs' });
    await within(runs).findByText('The mail server did not answer');
    const rows = () => within(runs).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(3);
    expect(within(rows()[0]!).getByText('Succeeded')).toBeInTheDocument();
    expect(within(rows()[0]!).getByText('2.3 s')).toBeInTheDocument();
    expect(within(rows()[1]!).getByText('Failed')).toBeInTheDocument();
    expect(within(rows()[2]!).getByText('Expired')).toBeInTheDocument();
    expect(within(rows()[2]!).queryByRole('button')).not.toBeInTheDocument();

    // A kept file downloads with the session.
    await user.click(within(rows()[0]!).getByRole('button', { name: /^Download Excel of the run/ }));
    await waitFor(() => expect(saved).toEqual([`run-${ok.id}.xlsx`]));
    const file = reportsDb.requests.find((url) => url.pathname === `/api/report-runs/${ok.id}/file`)!;
    expect(file.searchParams.get('format')).toBe('xlsx');

    // Run now: the new run heads the list and ends with its file.
    await user.click(screen.getByRole('button', { name: 'Run now' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    await waitFor(() => expect(within(rows()[0]!).getByText('Succeeded')).toBeInTheDocument());
    expect(within(rows()[0]!).getByRole('button', { name: /^Download Excel of the run/ })).toBeInTheDocument();
  });

  it('lets development officers read schedules and runs, with nothing to change', async () => {
    const { schedule } = seed();
    renderAs(`/reports/schedules/${schedule.id}`, 'dora', ['DEVELOPMENT_OFFICER']);
    await screen.findByRole('heading', { level: 1, name: 'Monday LYBUNT' });
    await within(screen.getByRole('table', { name: 'Runs' })).findByText('The mail server did not answer');
    expect(screen.queryByRole('button', { name: 'Run now' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('lets a board member manage their own schedules only, and delete one', async () => {
    const { schedule } = seed('someone-else');
    const own = createSchedule({ name: 'My retention', report: 'retention', owner: 'bo' });
    reportsDb.schedules.push(own);
    const { user, router } = renderAs(`/reports/schedules/${schedule.id}`, 'bo', ['BOARD_MEMBER']);
    await screen.findByRole('heading', { level: 1, name: 'Monday LYBUNT' });
    expect(screen.queryByRole('button', { name: 'Run now' })).not.toBeInTheDocument();

    await router.navigate(`/reports/schedules/${own.id}`);
    await screen.findByRole('heading', { level: 1, name: 'My retention' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Delete schedule' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/schedules'));
    expect(reportsDb.schedules.map((candidate) => candidate.name)).toEqual(['Monday LYBUNT']);
  });
});

describe('schedules list', () => {
  it('lists schedules in words with their last run, and lets an administrator decide whether the board sees names', async () => {
    const schedule = createSchedule({ format: 'BOTH' });
    reportsDb.schedules.push(schedule);
    reportsDb.runs.push(createRun({ scheduleId: schedule.id, status: 'FAILED', error: 'boom', files: [] }));
    const { user } = renderAs('/reports/schedules', 'admin', ['ADMIN']);
    const table = await screen.findByRole('table', { name: 'Schedules' });
    const row = (await within(table).findByRole('link', { name: 'Monday LYBUNT' })).closest('tr')!;
    expect(within(row).getByText('LYBUNT')).toBeInTheDocument();
    expect(within(row).getByText('Excel and PDF')).toBeInTheDocument();
    expect(within(row).getByText('At 07:00, only on Monday (America/New_York)')).toBeInTheDocument();
    expect(within(row).getByText('Failed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New schedule' })).toHaveAttribute('href', '/reports/schedules/new');

    const toggle = await screen.findByRole('switch', { name: /^Board members see donor names/ });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(reportsDb.settings).toEqual({ boardSeesDonorNames: true, version: 1 }));
    await waitFor(() => expect(toggle).toBeChecked());
  });

  it('shows development officers the list without the setting or a way to add one', async () => {
    reportsDb.schedules.push(createSchedule());
    renderAs('/reports/schedules', 'dora', ['DEVELOPMENT_OFFICER']);
    await within(await screen.findByRole('table', { name: 'Schedules' })).findByRole('link', { name: 'Monday LYBUNT' });
    expect(screen.queryByRole('link', { name: 'New schedule' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /^Board members see donor names/ })).not.toBeInTheDocument();
  });
});
