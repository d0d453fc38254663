import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import { createDonation, createGiftBatch, createGiftBatchRow, type TestGiftBatch, type TestGiftBatchRow } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { currentUser, problem } from '@/testing/mocks/mock-session';
import { fromCents, toCents } from '@/utils/money';

// The gift batch API as the backend defines it (org.steward.donations.GiftBatchService, docs/problems.md): rows are
// checked like gifts while the batch is OPEN; posting is all or nothing and refused with `donations.batch-mismatch`
// while the rows do not match the expected count and total. Money in BigInt cents.

const MAY_GIVE = ['ADMIN', 'DEVELOPMENT_OFFICER'];
const MAX_ROWS = 500;

function deny(request: StrictRequest<DefaultBodyType>) {
  const user = currentUser(request);
  if (!user) return problem(401, 'auth.unauthenticated', 'Please sign in');
  if (!user.roles.some((role) => MAY_GIVE.includes(role))) return problem(403, 'auth.forbidden', 'Not allowed');
  return null;
}

function rule(code: string, title: string, detail: string, extra: Record<string, unknown> = {}) {
  return problem(422, code, title, { detail, ...extra });
}

function invalid(field: string, message: string) {
  return problem(400, 'common.invalid-input', 'Invalid input', { violations: [{ field, message }] });
}

/** Entered count, total, balance and row numbers, from the rows. */
function settle(batch: TestGiftBatch): TestGiftBatch {
  let total = 0n;
  batch.rows.forEach((row, index) => {
    row.rowNumber = index + 1;
    total += toCents(row.amount) ?? 0n;
  });
  batch.enteredCount = batch.rows.length;
  batch.enteredTotal = fromCents(total);
  batch.balanced = batch.enteredCount === batch.expectedCount && total === toCents(batch.expectedTotal);
  return batch;
}

function listItem(batch: TestGiftBatch) {
  return { ...settle(batch), rows: null };
}

function notFound(id: string) {
  return problem(404, 'donations.batch-not-found', 'Gift batch not found', { detail: `No gift batch has id ${id}.` });
}

function posted(batch: TestGiftBatch) {
  return problem(409, 'donations.batch-posted', 'Gift batch already posted', {
    detail: `Gift batch ${batch.id} was posted and can no longer change.`,
  });
}

type RowBody = {
  constituentId?: string;
  amount?: string;
  currency?: string | null;
  receivedOn?: string;
  exchangeRate?: string | null;
  exchangeRateDate?: string | null;
  fundId?: string | null;
  campaignId?: string | null;
  appealId?: string | null;
  paymentMethod?: string | null;
  reference?: string | null;
  anonymous?: boolean | null;
  notes?: string | null;
};

/** Checks a row as a gift would be checked; the row, or the problem answer. */
function checkRow(batch: TestGiftBatch, body: RowBody, id: string): TestGiftBatchRow | Response {
  if (!body.constituentId) return invalid('constituentId', 'must not be null');
  if (!body.receivedOn) return invalid('receivedOn', 'must not be null');
  const cents = toCents(body.amount);
  if (cents === null) return invalid('amount', 'must be a decimal number');
  if (cents <= 0n) return rule('donations.amount-not-positive', 'Amount must be positive', 'amount must be more than zero.');
  const currency = body.currency ?? batch.currency;
  if (currency !== batch.currency) {
    return rule('donations.batch-currency-mismatch', 'Row currency differs from the batch', `The batch is in ${batch.currency}, not ${currency}.`);
  }
  const donor = db.constituents.find((constituent) => constituent.id === body.constituentId);
  if (!donor) return rule('donations.donor-not-found', 'Donor not found', `No constituent has id ${body.constituentId}.`);
  if (donor.deleted) return rule('donations.donor-deleted', 'Donor deleted', `Constituent ${donor.id} is deleted.`);
  if (body.fundId && !db.funds.some((fund) => fund.id === body.fundId && fund.active)) {
    return rule('donations.unknown-fund', 'Unknown fund', `No active fund has id ${body.fundId}.`);
  }
  return createGiftBatchRow({
    id,
    constituentId: donor.id,
    donorName: donor.displayName,
    amount: fromCents(cents),
    currency,
    receivedOn: body.receivedOn,
    exchangeRate: body.exchangeRate ?? null,
    exchangeRateDate: body.exchangeRateDate ?? null,
    fundId: body.fundId ?? null,
    campaignId: body.campaignId ?? null,
    appealId: body.appealId ?? null,
    paymentMethod: body.paymentMethod ?? null,
    reference: body.reference?.trim() || null,
    anonymous: body.anonymous ?? false,
    notes: body.notes ?? null,
  });
}

function find(id: string) {
  return db.giftBatches.find((batch) => batch.id === id);
}

/** The open batch of the request, or the problem answer. */
function openBatch(request: StrictRequest<DefaultBodyType>, id: string): TestGiftBatch | Response {
  const denied = deny(request);
  if (denied) return denied;
  const batch = find(id);
  if (!batch) return notFound(id);
  if (batch.status === 'POSTED') return posted(batch);
  return batch;
}

export const giftBatchHandlers = [
  http.get('*/api/gift-batches', ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const page = Number(url.searchParams.get('page') ?? '0');
    const size = Number(url.searchParams.get('size') ?? '25');
    const items = db.giftBatches
      .filter((batch) => !status || batch.status === status)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(listItem);
    return HttpResponse.json({ items: items.slice(page * size, page * size + size), page, size, total: items.length });
  }),

  http.get('*/api/gift-batches/:id', ({ request, params }) => {
    const batch = find(String(params.id));
    return deny(request) ?? (batch ? HttpResponse.json(settle(batch)) : notFound(String(params.id)));
  }),

  http.post('*/api/gift-batches', async ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const body = (await request.json()) as { name?: string; currency?: string; expectedCount?: number; expectedTotal?: string };
    if (!body.name?.trim()) return invalid('create.request.name', 'must not be blank');
    if (!body.expectedCount || body.expectedCount < 1 || body.expectedCount > MAX_ROWS) {
      return invalid('create.request.expectedCount', `must be between 1 and ${MAX_ROWS}`);
    }
    const total = toCents(body.expectedTotal);
    if (total === null) return invalid('create.request.expectedTotal', 'must be a decimal number');
    if (total <= 0n) return rule('donations.amount-not-positive', 'Amount must be positive', 'expectedTotal must be more than zero.');
    const batch = createGiftBatch({
      name: body.name.trim(),
      currency: body.currency ?? 'USD',
      expectedCount: body.expectedCount,
      expectedTotal: fromCents(total),
      createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      createdBy: currentUser(request)?.username ?? 'admin',
    });
    db.giftBatches.push(batch);
    return HttpResponse.json(settle(batch), { status: 201, headers: { Location: `/api/gift-batches/${batch.id}` } });
  }),

  http.post('*/api/gift-batches/:id/rows', async ({ request, params }) => {
    const batch = openBatch(request, String(params.id));
    if (batch instanceof Response) return batch;
    if (batch.rows.length >= MAX_ROWS) {
      return rule('donations.batch-full', 'Gift batch full', `A batch holds at most ${MAX_ROWS} rows.`);
    }
    const row = checkRow(batch, (await request.json()) as RowBody, crypto.randomUUID());
    if (row instanceof Response) return row;
    batch.rows.push(row);
    settle(batch);
    return HttpResponse.json(row, { status: 201, headers: { Location: `/api/gift-batches/${batch.id}/rows/${row.id}` } });
  }),

  http.put('*/api/gift-batches/:id/rows/:rowId', async ({ request, params }) => {
    const batch = openBatch(request, String(params.id));
    if (batch instanceof Response) return batch;
    const index = batch.rows.findIndex((row) => row.id === params.rowId);
    if (index < 0) return problem(404, 'donations.batch-row-not-found', 'Batch row not found', { detail: `No row ${String(params.rowId)}.` });
    const row = checkRow(batch, (await request.json()) as RowBody, String(params.rowId));
    if (row instanceof Response) return row;
    batch.rows[index] = row;
    settle(batch);
    return HttpResponse.json(row);
  }),

  http.delete('*/api/gift-batches/:id/rows/:rowId', ({ request, params }) => {
    const batch = openBatch(request, String(params.id));
    if (batch instanceof Response) return batch;
    const before = batch.rows.length;
    batch.rows = batch.rows.filter((row) => row.id !== params.rowId);
    if (batch.rows.length === before) {
      return problem(404, 'donations.batch-row-not-found', 'Batch row not found', { detail: `No row ${String(params.rowId)}.` });
    }
    settle(batch);
    return new HttpResponse(null, { status: 204 });
  }),

  http.post('*/api/gift-batches/:id/post', ({ request, params }) => {
    const batch = openBatch(request, String(params.id));
    if (batch instanceof Response) return batch;
    settle(batch);
    if (!batch.balanced) {
      const { expectedCount, enteredCount, expectedTotal, enteredTotal, currency } = batch;
      return rule(
        'donations.batch-mismatch',
        'Batch does not match its expected count and total',
        `Expected ${expectedCount} gifts totalling ${expectedTotal} ${currency}, entered ${enteredCount} totalling ${enteredTotal} ${currency}.`,
        { expectedCount, enteredCount, expectedTotal, enteredTotal, currency },
      );
    }
    // Every row is checked again as a gift: one that no longer passes fails the whole post.
    for (const row of batch.rows) {
      const donor = db.constituents.find((constituent) => constituent.id === row.constituentId);
      if (!donor || donor.deleted) {
        return rule(
          'donations.batch-row-invalid',
          'A batch row is no longer valid',
          `Row ${row.rowNumber} (${row.id}): Constituent ${row.constituentId} is deleted. Nothing was posted.`,
          { rowId: row.id, rowNumber: row.rowNumber, rowCode: 'donations.donor-deleted' },
        );
      }
    }
    for (const row of batch.rows) {
      const gift = createDonation({
        constituentId: row.constituentId,
        donorName: row.donorName,
        amount: row.amount,
        currency: row.currency,
        receivedOn: row.receivedOn,
        fundId: row.fundId,
        campaignId: row.campaignId,
        appealId: row.appealId,
        paymentMethod: row.paymentMethod,
        reference: row.reference,
      });
      db.gifts.push(gift);
      row.giftId = gift.id;
    }
    batch.status = 'POSTED';
    batch.postedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    batch.postedBy = currentUser(request)?.username ?? 'admin';
    return HttpResponse.json(batch);
  }),
];
