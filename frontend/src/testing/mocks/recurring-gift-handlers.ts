import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import { createDonation } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { currentUser, problem } from '@/testing/mocks/mock-session';
import { normalizeAmount } from '@/utils/money';
/** `RecurringGiftView` as the mock keeps it (testing knows no feature: the shape is repeated here). */
export type TestRecurringGift = {
  id: string;
  constituentId: string;
  donorName: string | null;
  amount: string;
  currency: string;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  frequency: 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY';
  intervalCount: number;
  dayOfMonth: number | null;
  startOn: string;
  scheduleStartOn: string;
  endOn: string | null;
  maxPayments: number | null;
  status: 'ACTIVE' | 'PAUSED' | 'LAPSED' | 'CLOSED';
  closedReason: 'COMPLETED' | 'ENDED' | 'BY_USER' | null;
  closedOn: string | null;
  expectedToDate: number;
  paidCount: number;
  missedCount: number;
  writtenOffCount: number;
  nextExpectedOn: string | null;
  notes: string | null;
  expected: { index: number; date: string; state: 'PAID' | 'MISSED' | 'DUE' | 'UPCOMING'; giftId: string | null }[];
  payments: {
    giftId: string;
    expectedIndex: number;
    expectedOn: string | null;
    amount: string;
    currency: string;
    receivedOn: string;
    status: 'COMPLETED';
  }[];
  pauses: { pausedOn: string; resumedOn: string | null; reason: string | null }[];
  changes: {
    field: string;
    from: string | null;
    to: string | null;
    effectiveOn: string;
    reason: string | null;
    changedAt: string;
    changedBy: string;
  }[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

type CreateBody = Pick<
  TestRecurringGift,
  'constituentId' | 'amount' | 'currency' | 'fundId' | 'paymentMethod' | 'frequency' | 'intervalCount' | 'dayOfMonth' | 'startOn' | 'endOn' | 'maxPayments' | 'notes'
>;
type ChangeBody = Omit<CreateBody, 'constituentId' | 'currency' | 'startOn'> &
  Pick<TestRecurringGift, 'campaignId' | 'appealId'> & { reason: string | null; version: number };
type PauseBody = { from: string | null; until: string | null; reason: string | null };
type PaymentBody = { amount: string | null; receivedOn: string | null };

// Recurring gifts as the backend defines them (org.steward.donations.RecurringGiftService, ADR 0014), kept simple:
// the schedule's expected dates are not computed here; a payment covers the next expected date, writes off the
// missed ones of a lapsed gift, and tests seed whatever standing they need with `createRecurringGift`.

const MAY_GIVE = ['ADMIN', 'DEVELOPMENT_OFFICER'];

/** The recurring gifts behind the handlers; tests reset them with `resetRecurringGifts()`. */
export const recurringDb: { gifts: TestRecurringGift[] } = { gifts: [] };

export function resetRecurringGifts(): void {
  recurringDb.gifts = [];
}

let sequence = 0;

export function createRecurringGift(overrides: Partial<TestRecurringGift> = {}): TestRecurringGift {
  sequence += 1;
  const at = '2026-12-01T10:00:00Z';
  return {
    id: `00000000-0000-4000-8000-00000000e${String(sequence).padStart(3, '0')}`,
    constituentId: '00000000-0000-4000-8000-0000000000c1',
    donorName: 'Jane Doe',
    amount: '25.00',
    currency: 'USD',
    fundId: null,
    campaignId: null,
    appealId: null,
    paymentMethod: null,
    frequency: 'MONTHLY',
    intervalCount: 1,
    dayOfMonth: null,
    startOn: '2026-10-15',
    scheduleStartOn: '2026-10-15',
    endOn: null,
    maxPayments: null,
    status: 'ACTIVE',
    closedReason: null,
    closedOn: null,
    expectedToDate: 2,
    paidCount: 2,
    missedCount: 0,
    writtenOffCount: 0,
    nextExpectedOn: '2026-12-15',
    notes: null,
    expected: [
      { index: 0, date: '2026-10-15', state: 'PAID', giftId: null },
      { index: 1, date: '2026-11-15', state: 'PAID', giftId: null },
      { index: 2, date: '2026-12-15', state: 'UPCOMING', giftId: null },
    ],
    payments: [],
    pauses: [],
    changes: [],
    version: 0,
    createdAt: at,
    createdBy: 'dora',
    updatedAt: at,
    updatedBy: 'dora',
    ...overrides,
  };
}

function deny(request: StrictRequest<DefaultBodyType>) {
  const user = currentUser(request);
  if (!user) return problem(401, 'auth.unauthenticated', 'Please sign in');
  if (!user.roles.some((role) => MAY_GIVE.includes(role))) return problem(403, 'auth.forbidden', 'Not allowed');
  return null;
}

function find(id: string | readonly string[] | undefined) {
  return recurringDb.gifts.find((gift) => gift.id === id);
}

const notFound = (id: unknown) =>
  problem(404, 'donations.recurring-gift-not-found', 'Recurring gift not found', { detail: `No recurring gift has id ${String(id)}.` });

const closed = (id: string) =>
  problem(409, 'donations.recurring-gift-closed', 'Recurring gift closed', { detail: `Recurring gift ${id} is closed.` });

function log(gift: TestRecurringGift, field: string, from: string | null, to: string | null, reason: string | null, by: string) {
  gift.changes.push({ field, from, to, effectiveOn: '2026-12-07', reason, changedAt: new Date().toISOString(), changedBy: by });
}

function update(gift: TestRecurringGift, patch: Partial<TestRecurringGift>, by: string): TestRecurringGift {
  if (patch.status && patch.status !== gift.status) log(gift, 'status', gift.status, patch.status, null, by);
  Object.assign(gift, patch, { version: gift.version + 1, updatedBy: by, updatedAt: new Date().toISOString() });
  return gift;
}

export const recurringGiftHandlers = [
  http.get('*/api/recurring-gifts', ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const url = new URL(request.url);
    const constituentId = url.searchParams.get('constituentId');
    const status = url.searchParams.get('status');
    const page = Number(url.searchParams.get('page') ?? '0');
    const size = Number(url.searchParams.get('size') ?? '25');
    const matches = recurringGifts(constituentId, status);
    return HttpResponse.json({ items: matches.slice(page * size, page * size + size), page, size, total: matches.length });
  }),

  http.post('*/api/recurring-gifts', async ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const body = (await request.json()) as CreateBody;
    if (body.endOn && body.endOn < body.startOn) {
      return problem(422, 'donations.recurring-gift-end-before-start', 'End before start', {
        detail: `The recurring gift would end on ${body.endOn}, before it starts on ${body.startOn}.`,
      });
    }
    const donor = db.constituents.find((c) => c.id === body.constituentId);
    const created = createRecurringGift({
      ...body,
      amount: normalizeAmount(body.amount) ?? body.amount,
      donorName: donor?.displayName ?? null,
      scheduleStartOn: body.startOn,
      paidCount: 0,
      expectedToDate: 0,
      nextExpectedOn: body.startOn,
      expected: [{ index: 0, date: body.startOn, state: 'UPCOMING', giftId: null }],
      createdBy: currentUser(request)!.username,
    });
    recurringDb.gifts.push(created);
    return HttpResponse.json(created, { status: 201 });
  }),

  http.get('*/api/recurring-gifts/:id', ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const gift = find(params.id);
    return gift ? HttpResponse.json(gift) : notFound(params.id);
  }),

  http.put('*/api/recurring-gifts/:id', async ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const gift = find(params.id);
    if (!gift) return notFound(params.id);
    const body = (await request.json()) as ChangeBody;
    if (body.version !== gift.version) return problem(409, 'common.stale-version', 'Changed by someone else');
    const by = currentUser(request)!.username;
    const amount = normalizeAmount(body.amount) ?? body.amount;
    if (amount !== gift.amount) log(gift, 'amount', gift.amount, amount, body.reason, by);
    if (body.frequency !== gift.frequency) log(gift, 'frequency', gift.frequency, body.frequency, body.reason, by);
    const { reason: _reason, version: _version, ...fields } = body;
    return HttpResponse.json(update(gift, { ...fields, amount }, by));
  }),

  http.post('*/api/recurring-gifts/:id/pause', async ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const gift = find(params.id);
    if (!gift) return notFound(params.id);
    if (gift.status === 'CLOSED') return closed(gift.id);
    const body = (await request.json()) as PauseBody;
    gift.pauses.push({ pausedOn: body.from ?? '2026-12-07', resumedOn: body.until, reason: body.reason });
    return HttpResponse.json(update(gift, { status: 'PAUSED', nextExpectedOn: body.until }, currentUser(request)!.username));
  }),

  http.post('*/api/recurring-gifts/:id/resume', ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const gift = find(params.id);
    if (!gift) return notFound(params.id);
    gift.pauses = gift.pauses.map((p) => ({ ...p, resumedOn: p.resumedOn ?? '2026-12-07' }));
    return HttpResponse.json(update(gift, { status: 'ACTIVE' }, currentUser(request)!.username));
  }),

  http.post('*/api/recurring-gifts/:id/close', ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const gift = find(params.id);
    if (!gift) return notFound(params.id);
    if (gift.status === 'CLOSED') return closed(gift.id);
    return HttpResponse.json(
      update(gift, { status: 'CLOSED', closedReason: 'BY_USER', closedOn: '2026-12-07', nextExpectedOn: null }, currentUser(request)!.username),
    );
  }),

  http.post('*/api/recurring-gifts/:id/payments', async ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const gift = find(params.id);
    if (!gift) return notFound(params.id);
    if (gift.status === 'CLOSED') return closed(gift.id);
    const body = (await request.json()) as PaymentBody;
    const by = currentUser(request)!.username;
    const amount = normalizeAmount(body.amount ?? gift.amount) ?? gift.amount;
    const payment = createDonation({
      constituentId: gift.constituentId,
      donorName: gift.donorName,
      amount,
      baseAmount: amount,
      receivedOn: body.receivedOn ?? '2026-12-07',
      kind: 'RECURRING_PAYMENT',
      fundId: gift.fundId,
      recurringGiftId: gift.id,
      allocations: [],
    });
    db.gifts.push(payment);
    const writtenOff = gift.status === 'LAPSED' ? gift.writtenOffCount + gift.missedCount : gift.writtenOffCount;
    if (writtenOff !== gift.writtenOffCount) log(gift, 'writtenOff', String(gift.writtenOffCount), String(writtenOff), null, by);
    const index = gift.paidCount + writtenOff;
    gift.payments.push({
      giftId: payment.id,
      expectedIndex: index,
      expectedOn: gift.nextExpectedOn,
      amount,
      currency: gift.currency,
      receivedOn: payment.receivedOn,
      status: 'COMPLETED',
    });
    update(gift, { paidCount: gift.paidCount + 1, writtenOffCount: writtenOff, status: gift.status === 'LAPSED' ? 'ACTIVE' : gift.status }, by);
    return HttpResponse.json(payment, { status: 201 });
  }),
];

function recurringGifts(constituentId: string | null, status: string | null) {
  return recurringDb.gifts
    .filter((gift) => (!constituentId || gift.constituentId === constituentId) && (!status || gift.status === status))
    .sort((a, b) => b.startOn.localeCompare(a.startOn));
}
