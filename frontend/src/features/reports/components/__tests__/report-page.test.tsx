import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Role } from '@/config/roles';
import { createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { reportsDb } from '@/testing/mocks/report-handlers';
import { donorRows } from '@/testing/report-generators';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { ReportPage } from '@/features/reports/components/report-page';

function renderReport(url: string, username = 'dora', roles: Role[] = ['DEVELOPMENT_OFFICER']) {
  if (!db.users.some((user) => user.username === username)) db.users.push(createUser({ username, roles }));
  signInAs(username, roles);
  return renderWithProviders(<ReportPage />, { path: '/reports/:name', url });
}

/** The report requests the mock received (JSON pages, files and drill-downs), as path and query. */
const requests = (path: string) => reportsDb.requests.filter((url) => url.pathname === path);

/** The files handed to the browser as downloads. */
const saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  saved.length = 0;
  const blobs = new Map<string, Blob>();
  let count = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    count += 1;
    blobs.set(`blob:report-${count}`, blob);
    return `blob:report-${count}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ReportPage', () => {
  it('runs the report with the parameters in the address bar and shows its definition, figures, rows and totals', async () => {
    renderReport('/reports/lybunt?asOf=2025-06-30&creditBasis=HARD_PLUS_SOFT');

    expect(await screen.findByRole('heading', { level: 1, name: 'LYBUNT' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'LYBUNT rows' });
    await within(table).findByText('Ada Lovelace');

    const sent = requests('/api/reports/lybunt').at(-1)!;
    expect(sent.searchParams.get('asOf')).toBe('2025-06-30');
    expect(sent.searchParams.get('creditBasis')).toBe('HARD_PLUS_SOFT');
    expect(sent.searchParams.get('format')).toBe('json');
    expect(sent.searchParams.get('page')).toBe('0');
    expect(sent.searchParams.get('size')).toBe('50');

    // The definition and the parameters used, above the results.
    expect(screen.getByText('Donors who gave last year but nothing so far this year.')).toBeInTheDocument();
    const used = screen.getByRole('list', { name: 'Parameters used' });
    expect(within(used).getByText('As of 2025-06-30')).toBeInTheDocument();
    expect(within(used).getByText('Credit: HARD_PLUS_SOFT')).toBeInTheDocument();
    expect(screen.getByLabelText('As of')).toHaveValue('2025-06-30');
    expect(screen.getByRole('textbox', { name: 'Credit' })).toHaveValue('Hard and soft credit');

    // Figures; money in the report's currency, right-aligned; the totals row.
    const summary = screen.getByRole('group', { name: 'Summary' });
    expect(within(summary).getByText('$1,284.50')).toBeInTheDocument();
    const amount = within(table).getByText('$1,234.50');
    expect(amount.closest('td')).toHaveClass('mantine-datatable-text-align-right');
    const footer = table.querySelector('tfoot')!;
    expect(within(footer as HTMLElement).getByText('Total')).toBeInTheDocument();
    expect(within(footer as HTMLElement).getByText('$1,284.50')).toBeInTheDocument();

    // Donor names open the constituent's page.
    expect(within(table).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      '/constituents/00000000-0000-4000-8000-0000000000b1',
    );
  });
});

describe('ReportPage parameters, paging and drill-down', () => {
  it('puts changed parameters in the address bar and runs the report with them', async () => {
    const { user, router } = renderReport('/reports/gift-range');
    await screen.findByRole('table', { name: 'Gift range rows' });
    // Left out of the address bar, asOf is the server's (today); the field shows what was used.
    expect(requests('/api/reports/gift-range').at(-1)!.searchParams.has('asOf')).toBe(false);
    expect(screen.getByLabelText('As of')).toHaveValue(new Date().toISOString().slice(0, 10));

    await user.click(screen.getByRole('radio', { name: 'Fiscal years' }));
    await user.type(screen.getByRole('textbox', { name: 'Fiscal year starts (MM-DD)' }), '13-01');
    await user.clear(screen.getByRole('textbox', { name: 'Bands' }));
    await user.type(screen.getByRole('textbox', { name: 'Bands' }), '0,50,500');
    await user.click(screen.getByRole('button', { name: 'Run report' }));
    // A fiscal year cannot start in month 13: said on the field, nothing sent.
    expect(await screen.findByText('Enter the first day as MM-DD, e.g. 07-01')).toBeInTheDocument();
    const before = requests('/api/reports/gift-range').length;

    await user.clear(screen.getByRole('textbox', { name: 'Fiscal year starts (MM-DD)' }));
    await user.type(screen.getByRole('textbox', { name: 'Fiscal year starts (MM-DD)' }), '07-01');
    await user.click(screen.getByRole('button', { name: 'Run report' }));
    await waitFor(() => expect(router.state.location.search).toBe('?yearBasis=FISCAL&fiscalYearStart=07-01&bands=0%2C50%2C500'));
    await waitFor(() => expect(requests('/api/reports/gift-range').length).toBeGreaterThan(before));
    const sent = requests('/api/reports/gift-range').at(-1)!;
    expect(sent.searchParams.get('yearBasis')).toBe('FISCAL');
    expect(sent.searchParams.get('fiscalYearStart')).toBe('07-01');
    expect(sent.searchParams.get('bands')).toBe('0,50,500');
    expect(await screen.findByText('Fiscal years starting 07-01')).toBeInTheDocument();

    // The chart, with its figures for screen readers too.
    expect(screen.getByRole('figure', { name: 'Donors by gift range' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Donors by gift range' })).toBeInTheDocument();
    // Percentages as percentages.
    expect(within(screen.getByRole('table', { name: 'Gift range rows' })).getByText('71.4%')).toBeInTheDocument();
  });

  it('shows the server’s objection to a parameter on its field', async () => {
    renderReport('/reports/lybunt?creditBasis=EVERYONE');
    expect(await screen.findByText('must be HARD, HARD_PLUS_SOFT or HOUSEHOLD')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Credit' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('pages through the rows on the server, keeping the page in the address bar', async () => {
    reportsDb.data.lybunt = { ...reportsDb.data.lybunt!, rows: donorRows(60) };
    const { user, router } = renderReport('/reports/lybunt?asOf=2025-06-30');
    const table = await screen.findByRole('table', { name: 'LYBUNT rows' });
    await within(table).findByText('Donor 01');
    expect(screen.getByText('1–50 of 60')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    await within(table).findByText('Donor 51');
    expect(router.state.location.search).toBe('?asOf=2025-06-30&page=2');
    const sent = requests('/api/reports/lybunt').at(-1)!;
    expect(sent.searchParams.get('page')).toBe('1');
    expect(sent.searchParams.get('asOf')).toBe('2025-06-30');
    expect(screen.getByText('51–60 of 60')).toBeInTheDocument();
  });

  it('explains why a donor is in the list with the gifts that put them there', async () => {
    const { user } = renderReport('/reports/lybunt?asOf=2025-06-30&creditBasis=HARD');
    await screen.findByRole('table', { name: 'LYBUNT rows' });
    await user.click(await screen.findByRole('button', { name: 'Why is Ada Lovelace in LYBUNT?' }));

    const drawer = await screen.findByRole('dialog', { name: 'Why Ada Lovelace is in LYBUNT' });
    expect(await within(drawer).findByText('Gave 1,234.50 in 2024 and nothing in 2025 up to 30 June 2025.')).toBeInTheDocument();
    const gifts = within(drawer).getByRole('table', { name: 'Gifts that count for Ada Lovelace' });
    expect(within(gifts).getByRole('link', { name: /^Gift of \$1,234\.50 received/ })).toHaveAttribute(
      'href',
      '/gifts/00000000-0000-4000-8a00-000000000001',
    );
    expect(within(gifts).getByText('Hard')).toBeInTheDocument();
    const sent = requests('/api/reports/lybunt/why').at(-1)!;
    expect(sent.searchParams.get('constituentId')).toBe('00000000-0000-4000-8000-0000000000b1');
    expect(sent.searchParams.get('asOf')).toBe('2025-06-30');
    expect(sent.searchParams.get('creditBasis')).toBe('HARD');
    expect(sent.searchParams.has('page')).toBe(false);
  });

  it('downloads Excel and PDF with the same parameters and every row', async () => {
    const { user } = renderReport('/reports/lybunt?asOf=2025-06-30&kinds=ONE_TIME%2CIN_KIND&page=2');
    await screen.findByRole('table', { name: 'LYBUNT rows' });

    await user.click(screen.getByRole('button', { name: 'Download LYBUNT as Excel' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const excel = requests('/api/reports/lybunt').find((url) => url.searchParams.get('format') === 'xlsx')!;
    expect(Object.fromEntries(excel.searchParams)).toEqual({ asOf: '2025-06-30', kinds: 'ONE_TIME,IN_KIND', format: 'xlsx' });
    expect(saved[0]!.name).toBe('lybunt-2025-06-30.xlsx');

    await user.click(screen.getByRole('button', { name: 'Download LYBUNT as PDF' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const pdf = requests('/api/reports/lybunt').find((url) => url.searchParams.get('format') === 'pdf')!;
    expect(Object.fromEntries(pdf.searchParams)).toEqual({ asOf: '2025-06-30', kinds: 'ONE_TIME,IN_KIND', format: 'pdf' });
    expect(saved[1]!.name).toBe('lybunt-2025-06-30.pdf');
  });

  it('tells a board member that an administrator decides whether they see donor names', async () => {
    renderReport('/reports/lybunt', 'bo', ['BOARD_MEMBER']);
    expect(await screen.findByText('Donor names are not shown to board members')).toBeInTheDocument();
    expect(screen.getByText(/An administrator decides whether board members see donors’ names/)).toBeInTheDocument();
    // The counts stay; no name, no drill-down.
    expect(within(screen.getByRole('group', { name: 'Summary' })).getByText('2')).toBeInTheDocument();
    expect(screen.queryByText('Ada Lovelace')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Why is/ })).not.toBeInTheDocument();
  });

  it('shows a board member names, without links to pages their role cannot open, when an administrator allows it', async () => {
    reportsDb.settings.boardSeesDonorNames = true;
    renderReport('/reports/lybunt', 'bo', ['BOARD_MEMBER']);
    const table = await screen.findByRole('table', { name: 'LYBUNT rows' });
    expect(await within(table).findByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Ada Lovelace' })).not.toBeInTheDocument();
    expect(screen.queryByText('Donor names are not shown to board members')).not.toBeInTheDocument();
  });

  it('offers an event coordinator event attendance only', async () => {
    renderReport('/reports/lybunt', 'eve', ['EVENT_COORDINATOR']);
    expect(await screen.findByText(/There is no report “lybunt” for your role/)).toBeInTheDocument();
    expect(requests('/api/reports/lybunt')).toHaveLength(0);
  });
});
