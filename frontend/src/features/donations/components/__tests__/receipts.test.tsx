import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createDonation, createReceipt } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { GiftDetailPage } from '@/features/donations/components/gift-detail-page';
import { ReceiptDetailPage } from '@/features/donations/components/receipt-detail-page';
import { ReceiptTemplatePage } from '@/features/donations/components/receipt-template-page';
import { ReceiptsPage } from '@/features/donations/components/receipts-page';

const JANE = '00000000-0000-4000-8000-0000000000c1';
const GIFT_2026 = '00000000-0000-4000-8000-0000000009a2';

const receiptRoutes = [
  { path: '/receipts', element: <ReceiptsPage /> },
  { path: '/receipts/:id', element: <ReceiptDetailPage /> },
  { path: '/gifts/:id', element: <GiftDetailPage /> },
];

function renderAt(url: string) {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  const [first, ...rest] = receiptRoutes;
  return renderWithProviders(first!.element, { path: first!.path, url, routes: rest });
}

/** The files the page handed to the browser as downloads: name and content. */
const saved: { name: string; blob: Blob }[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  saved.length = 0;
  blobs.clear();
  let count = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    count += 1;
    const url = `blob:receipt-${count}`;
    blobs.set(url, blob);
    return url;
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

describe('receipts', () => {
  it('issues a receipt from the gift page, downloads the original then a duplicate, replaces and voids it', async () => {
    const { user } = renderAt(`/gifts/${GIFT_2026}`);

    await screen.findByRole('heading', { level: 1, name: 'Gift of $250.25' });
    const details = screen.getByRole('table', { name: 'Details' });
    await within(details).findByText('Not receipted yet');
    await user.click(screen.getByRole('button', { name: 'Issue receipt' }));

    const link = await within(details).findByTestId('gift-receipt');
    expect(link).toHaveTextContent('2026-000001');
    expect(await screen.findByText('Receipt 2026-000001 issued for this gift.')).toBeInTheDocument();
    // on a live receipt: no second issue
    expect(screen.queryByRole('button', { name: 'Issue receipt' })).not.toBeInTheDocument();

    await user.click(link);
    await screen.findByRole('heading', { level: 1, name: 'Receipt 2026-000001' });
    const gifts = screen.getByRole('table', { name: 'Gifts covered' });
    expect(within(gifts).getAllByRole('row')).toHaveLength(2);
    expect(within(gifts).getByRole('link', { name: /Gift received .*\$250\.25/ })).toHaveAttribute('href', `/gifts/${GIFT_2026}`);
    expect(screen.getByTestId('receipt-eligible')).toHaveTextContent('$250.25');

    await user.click(screen.getByRole('button', { name: 'Download original PDF' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('receipt-2026-000001.pdf');
    expect(await saved[0]!.blob.text()).toMatch(/^%PDF-.*2026-000001 ORIGINAL/s);
    // the server counted the download: the next one is a duplicate copy
    await user.click(await screen.findByRole('button', { name: 'Download duplicate copy' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(await saved[1]!.blob.text()).toContain('DUPLICATE COPY');

    await user.click(screen.getByRole('button', { name: 'Replace' }));
    const replace = await screen.findByRole('form', { name: 'Replace receipt' });
    await user.type(within(replace).getByRole('textbox', { name: /^Reason/ }), 'Donor name misspelled');
    await user.click(within(replace).getByRole('button', { name: 'Replace receipt' }));

    await screen.findByRole('heading', { level: 1, name: 'Receipt 2026-000002' });
    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText('Issued as a replacement')).toBeInTheDocument();
    expect(within(history).getByRole('link', { name: '2026-000001' })).toBeInTheDocument();
    expect(db.receipts[0]).toMatchObject({ status: 'REPLACED', voidReason: 'Donor name misspelled' });

    await user.click(screen.getByRole('button', { name: 'Void' }));
    const voidForm = await screen.findByRole('form', { name: 'Void receipt' });
    await user.click(within(voidForm).getByRole('button', { name: 'Void receipt' }));
    expect(await within(voidForm).findByText('Say why')).toBeInTheDocument();
    await user.type(within(voidForm).getByRole('textbox', { name: /^Reason/ }), 'Gift returned');
    await user.click(within(voidForm).getByRole('button', { name: 'Void receipt' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Void receipt' })).not.toBeInTheDocument());

    expect(await within(screen.getByRole('region', { name: 'History' })).findByText('Reason: Gift returned')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Void' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Replace' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PDF (marked void)' })).toBeInTheDocument();

    // back on the list: the ledger keeps both numbers
    await user.click(screen.getByRole('link', { name: 'All receipts' }));
    const table = await screen.findByRole('table', { name: 'Receipts' });
    expect(await within(table).findByRole('link', { name: 'Receipt 2026-000002' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Receipt 2026-000001' })).toBeInTheDocument();
    expect(screen.getByText('2 receipts')).toBeInTheDocument();
  });

  it('flags a receipt whose gift changed after issue and lists the change', async () => {
    db.receipts.push(
      createReceipt({
        id: '00000000-0000-4000-8000-00000000ab01',
        constituentId: JANE,
        totalAmount: '250.25',
        gifts: [{ giftId: GIFT_2026, receivedOn: '2026-05-01', description: null, amount: '250.25', benefitsAmount: '0.00', eligibleAmount: '250.25' }],
      }),
      createReceipt({ receiptYear: 2025, sequenceNumber: 7, donorName: 'John Smith', totalAmount: '40.00' }),
    );
    const gift = db.gifts.find((candidate) => candidate.id === GIFT_2026)!;
    Object.assign(gift, { refundedAmount: '50.25', netAmount: '200.00' });

    const { user, router } = renderAt('/receipts');
    const table = await screen.findByRole('table', { name: 'Receipts' });
    const flagged = (await within(table).findByRole('link', { name: 'Receipt 2026-000001' })).closest('tr')!;
    // jsdom matches no media query: the phone layout, issue date and status under the donor
    expect(flagged).toHaveTextContent('Issued · needs replacement');
    expect(flagged).toHaveTextContent('$250.25');
    const other = within(table).getByRole('link', { name: 'Receipt 2025-000007' }).closest('tr')!;
    expect(other).not.toHaveTextContent('needs replacement');

    await user.click(screen.getByRole('textbox', { name: 'Year' }));
    await user.click(await screen.findByRole('option', { name: '2025' }));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2025'));
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Receipt 2026-000001' })).not.toBeInTheDocument());
    expect(screen.getByText('1 receipt')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await user.click(await within(table).findByRole('link', { name: 'Receipt 2026-000001' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Needs replacement');
    expect(alert).toHaveTextContent('eligible $200.00 (printed $250.25)');
    expect(within(alert).getByRole('link', { name: /^Gift / })).toHaveAttribute('href', `/gifts/${GIFT_2026}`);
  });

  it('issues an annual receipt that skips gifts already receipted, and says when there is nothing left', async () => {
    db.gifts.push(createDonation({ id: '00000000-0000-4000-8000-0000000009a9', constituentId: JANE, amount: '30.00', receivedOn: '2026-08-01' }));
    db.gifts.push(createDonation({ constituentId: JANE, amount: '70.00', receivedOn: '2026-09-01' }));
    db.receipts.push(
      createReceipt({
        constituentId: JANE,
        totalAmount: '30.00',
        gifts: [{ giftId: '00000000-0000-4000-8000-0000000009a9', receivedOn: '2026-08-01', description: null, amount: '30.00', benefitsAmount: '0.00', eligibleAmount: '30.00' }],
      }),
    );
    const { user, router } = renderAt(`/receipts?donor=${JANE}&year=2026`);

    // the list's donor and year fill the form in
    const filters = screen.getByRole('region', { name: 'Filters' });
    await waitFor(() => expect(within(filters).getByRole<HTMLInputElement>('textbox', { name: /^Donor/ }).value).toMatch(/^Jane Doe/));
    await user.click(screen.getByRole('button', { name: 'Annual receipt' }));
    const form = await screen.findByRole('form', { name: 'Annual receipt' });
    expect(within(form).getByRole<HTMLInputElement>('textbox', { name: /^Donor/ }).value).toMatch(/^Jane Doe/);
    expect(within(form).getByRole('textbox', { name: /^Year/ })).toHaveValue('2026');
    expect(await within(form).findByTestId('annual-already')).toHaveTextContent('1 gift of 2026 already on a live receipt will be skipped.');
    await user.click(within(form).getByRole('button', { name: 'Issue annual receipt' }));

    const result = await screen.findByRole('status', { name: /Receipt 2026-000002 issued/ });
    expect(result).toHaveTextContent('Issued: 1 receipt covering 2 gifts of 2026, eligible amount $320.25.');
    expect(result).toHaveTextContent('Skipped: 1 gift already on a live receipt.');
    expect(db.receipts[1]).toMatchObject({ kind: 'ANNUAL', totalAmount: '320.25' });
    await user.click(screen.getByRole('link', { name: 'Open receipt' }));
    await screen.findByRole('heading', { level: 1, name: 'Receipt 2026-000002' });
    expect(within(screen.getByRole('table', { name: 'Gifts covered' })).getAllByRole('row')).toHaveLength(3);

    await router.navigate(`/receipts?donor=${JANE}&year=2026`);
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Filters' })).getByRole<HTMLInputElement>('textbox', { name: /^Donor/ }).value).toMatch(/^Jane Doe/));
    await user.click(screen.getByRole('button', { name: 'Annual receipt' }));
    const again = await screen.findByRole('form', { name: 'Annual receipt' });
    await user.click(within(again).getByRole('button', { name: 'Issue annual receipt' }));
    expect(await within(again).findByText(/no completed gift of 2026 that is not on a receipt yet/)).toBeInTheDocument();
  });

  it('says when a receipt is not found', async () => {
    renderAt('/receipts/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Receipt not found' })).toBeInTheDocument();
  });
});

describe('ReceiptTemplatePage', () => {
  it('lets an administrator edit and save the template, and shows a stale save', async () => {
    signInAs('admin', ['ADMIN']);
    const { user } = renderWithProviders(<ReceiptTemplatePage />);
    const form = await screen.findByRole('form', { name: 'Receipt template' });
    expect(screen.getByText('Not saved yet: receipts use these defaults.')).toBeInTheDocument();

    const name = within(form).getByRole('textbox', { name: /^Organization name/ });
    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(await within(form).findByText("Enter the organization's name")).toBeInTheDocument();

    await user.type(name, 'Friends of the Library');
    await user.type(within(form).getByRole('textbox', { name: /^Address/ }), '12 Elm Street{Enter}{Enter}Springfield, IL 62701');
    await user.type(within(form).getByRole('textbox', { name: /^Signature text/ }), 'M. Treasurer');
    const legal = within(form).getByRole('textbox', { name: /^Legal wording/ });
    await user.clear(legal);
    await user.type(legal, 'Official receipt for income tax purposes.');
    await user.click(within(form).getByRole('button', { name: 'Save template' }));

    expect(await screen.findByText(/^Last saved .* by admin\.$/)).toBeInTheDocument();
    expect(db.receiptTemplate).toMatchObject({
      organizationName: 'Friends of the Library',
      addressLines: ['12 Elm Street', 'Springfield, IL 62701'],
      signatureText: 'M. Treasurer',
      legalWording: 'Official receipt for income tax purposes.',
      signatoryName: 'Treasurer',
      version: 1,
    });

    // someone else saves meanwhile
    db.receiptTemplate.version = 2;
    const footer = within(screen.getByRole('form', { name: 'Receipt template' })).getByRole('textbox', { name: /^Footer/ });
    await user.type(footer, 'Thank you!');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('The receipt template was changed since you read it.')).toBeInTheDocument();
  });
});
