import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import { createDonation, createPledge, createPledgeInstallment, type TestPledge } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { currentUser, problem } from '@/testing/mocks/mock-session';
import { fromCents, toCents } from '@/utils/money';

// The pledges API as the backend defines it (org.steward.donations.PledgeService, docs/problems.md): payments are
// PLEDGE_PAYMENT gifts applied to the oldest open installments, write-offs to the latest; money in BigInt cents.

const MAY_GIVE = ['ADMIN', 'DEVELOPMENT_OFFICER'];
const MONTHS = { MONTHLY: 1, QUARTERLY: 3, YEARLY: 12 } as const;

function deny(request: StrictRequest<DefaultBodyType>) {
  const user = currentUser(request);
  if (!user) return problem(401, 'auth.unauthenticated', 'Please sign in');
  if (!user.roles.some((role) => MAY_GIVE.includes(role))) return problem(403, 'auth.forbidden', 'Not allowed');
  return null;
}

function rule(code: string, title: string, detail: string, extra: Record<string, unknown> = {}) {
  return problem(422, code, title, { detail, ...extra });
}

const cents = (value: string | null | undefined) => toCents(value) ?? 0n;

function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const last = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate();
  return `${newYear}-${String(newMonth).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** Sums, open amounts, overdue flags, next due date and status, from the installments. */
function settle(pledge: TestPledge): TestPledge {
  const today = isoToday();
  let paid = 0n;
  let writtenOff = 0n;
  let overdue = 0n;
  let next: string | null = null;
  const open = pledge.status === 'OPEN';
  for (const installment of pledge.installments) {
    const left = cents(installment.amount) - cents(installment.paidAmount) - cents(installment.writtenOffAmount);
    paid += cents(installment.paidAmount);
    writtenOff += cents(installment.writtenOffAmount);
    installment.open = fromCents(left);
    installment.overdue = open && left > 0n && installment.dueOn < today;
    if (installment.overdue) overdue += left;
    if (open && left > 0n && !next) next = installment.dueOn;
  }
  const balance = cents(pledge.amount) - paid - writtenOff;
  pledge.paidAmount = fromCents(paid);
  pledge.writtenOffAmount = fromCents(writtenOff);
  if (pledge.status !== 'CANCELLED') pledge.status = balance > 0n ? 'OPEN' : writtenOff > 0n ? 'WRITTEN_OFF' : 'FULFILLED';
  pledge.balance = pledge.status === 'CANCELLED' ? '0.00' : fromCents(balance);
  pledge.overdueAmount = fromCents(overdue);
  pledge.nextDueOn = pledge.status === 'OPEN' ? next : null;
  return pledge;
}

function listItem(pledge: TestPledge) {
  const { id, constituentId, donorName, amount, currency, paidAmount, writtenOffAmount, balance, pledgedOn, status, fundId, campaignId, appealId, nextDueOn } = settle(pledge);
  const overdue = pledge.installments.some((installment) => installment.overdue);
  return { id, constituentId, donorName, amount, currency, paidAmount, writtenOffAmount, balance, pledgedOn, status, fundId, campaignId, appealId, nextDueOn, overdue };
}

type CreateBody = {
  constituentId?: string;
  amount?: string;
  currency?: string;
  pledgedOn?: string;
  fundId?: string | null;
  campaignId?: string | null;
  installments?: { dueOn: string; amount: string }[] | null;
  schedule?: { count: number; frequency: keyof typeof MONTHS; firstDueOn: string } | null;
  notes?: string | null;
};

function notFound(id: string) {
  return problem(404, 'donations.pledge-not-found', 'Pledge not found', { detail: `No pledge has id ${id}.` });
}

function find(id: string) {
  return db.pledges.find((pledge) => pledge.id === id);
}

export const pledgeHandlers = [
  http.get('*/api/pledges', ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const url = new URL(request.url);
    const donor = url.searchParams.get('constituentId');
    const status = url.searchParams.get('status');
    const overdue = url.searchParams.get('overdue') === 'true';
    const page = Number(url.searchParams.get('page') ?? '0');
    const size = Number(url.searchParams.get('size') ?? '25');
    const items = db.pledges
      .map(listItem)
      .filter((item) => (!donor || item.constituentId === donor) && (!status || item.status === status) && (!overdue || item.overdue))
      .sort((a, b) => b.pledgedOn.localeCompare(a.pledgedOn));
    return HttpResponse.json({ items: items.slice(page * size, page * size + size), page, size, total: items.length });
  }),

  http.get('*/api/pledges/:id', ({ request, params }) => {
    const pledge = find(String(params.id));
    return deny(request) ?? (pledge ? HttpResponse.json(settle(pledge)) : notFound(String(params.id)));
  }),

  http.post('*/api/pledges', async ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const body = (await request.json()) as CreateBody;
    const total = toCents(body.amount);
    if (total === null || total <= 0n) return rule('donations.amount-not-positive', 'Amount must be positive', 'amount must be more than zero.');
    const donor = db.constituents.find((constituent) => constituent.id === body.constituentId);
    if (!donor) return rule('donations.donor-not-found', 'Donor not found', `No constituent has id ${body.constituentId}.`);
    const pledgedOn = body.pledgedOn ?? isoToday();
    let planned: { dueOn: string; amount: string }[];
    if (body.schedule) {
      const count = BigInt(body.schedule.count);
      if (total < count) {
        return rule('donations.pledge-schedule-mismatch', 'Installments do not fit the pledge', `${fromCents(total)} cannot be split into ${count} installments of a cent or more.`);
      }
      const each = total / count;
      planned = Array.from({ length: body.schedule.count }, (_, index) => ({
        dueOn: addMonths(body.schedule!.firstDueOn, index * MONTHS[body.schedule!.frequency]),
        amount: fromCents(index === body.schedule!.count - 1 ? total - each * (count - 1n) : each),
      }));
    } else {
      planned = body.installments ?? [{ dueOn: pledgedOn, amount: fromCents(total) }];
    }
    const pledge = createPledge({
      constituentId: donor.id,
      donorName: donor.displayName,
      amount: fromCents(total),
      currency: body.currency ?? 'USD',
      pledgedOn,
      fundId: body.fundId ?? null,
      campaignId: body.campaignId ?? null,
      notes: body.notes ?? null,
      installments: planned.map((installment, index) => createPledgeInstallment({ sequence: index + 1, ...installment })),
    });
    db.pledges.push(settle(pledge));
    return HttpResponse.json(pledge, { status: 201, headers: { Location: `/api/pledges/${pledge.id}` } });
  }),

  http.post('*/api/pledges/:id/payments', async ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const pledge = find(String(params.id));
    if (!pledge) return notFound(String(params.id));
    settle(pledge);
    const body = (await request.json()) as { amount: string; receivedOn: string; paymentMethod?: string | null; reference?: string | null };
    if (pledge.status !== 'OPEN') {
      return rule('donations.pledge-not-open', 'Pledge is not open', `Pledge ${pledge.id} is ${pledge.status}.`);
    }
    let left = cents(body.amount);
    if (left > cents(pledge.balance)) {
      return rule('donations.pledge-overpayment', 'Payment larger than the pledge balance', `Only ${pledge.balance} ${pledge.currency} is left to pay on this pledge; record the rest as another gift.`, {
        balance: pledge.balance,
        currency: pledge.currency,
      });
    }
    const gift = createDonation({
      constituentId: pledge.constituentId,
      donorName: pledge.donorName,
      amount: fromCents(left),
      currency: pledge.currency,
      receivedOn: body.receivedOn,
      kind: 'PLEDGE_PAYMENT',
      fundId: pledge.fundId,
      campaignId: pledge.campaignId,
      paymentMethod: body.paymentMethod ?? null,
      reference: body.reference ?? null,
      pledgeId: pledge.id,
    });
    for (const installment of pledge.installments) {
      const room = cents(installment.open);
      const take = left < room ? left : room;
      if (take > 0n) {
        installment.paidAmount = fromCents(cents(installment.paidAmount) + take);
        left -= take;
      }
    }
    pledge.payments.push({ giftId: gift.id, receivedOn: gift.receivedOn, amount: gift.amount, refundedAmount: '0.00', applied: gift.amount, status: 'COMPLETED' });
    settle(pledge);
    db.gifts.push(gift);
    return HttpResponse.json(gift, { status: 201, headers: { Location: `/api/gifts/${gift.id}` } });
  }),

  http.post('*/api/pledges/:id/write-off', async ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const pledge = find(String(params.id));
    if (!pledge) return notFound(String(params.id));
    settle(pledge);
    const body = (await request.json()) as { amount: string | null; reason: string };
    if (pledge.status !== 'OPEN') return rule('donations.pledge-not-open', 'Pledge is not open', `Pledge ${pledge.id} is ${pledge.status}.`);
    let left = body.amount === null ? cents(pledge.balance) : cents(body.amount);
    if (left > cents(pledge.balance)) {
      return rule('donations.pledge-write-off-too-large', 'Write-off larger than the balance', `At most ${pledge.balance} ${pledge.currency} is left to write off on this pledge.`, {
        balance: pledge.balance,
        currency: pledge.currency,
      });
    }
    for (const installment of [...pledge.installments].reverse()) {
      const room = cents(installment.open);
      const take = left < room ? left : room;
      if (take > 0n) {
        installment.writtenOffAmount = fromCents(cents(installment.writtenOffAmount) + take);
        left -= take;
      }
    }
    return HttpResponse.json(settle(pledge));
  }),

  http.post('*/api/pledges/:id/cancel', ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const pledge = find(String(params.id));
    if (!pledge) return notFound(String(params.id));
    if (pledge.payments.length > 0) {
      return rule('donations.pledge-has-payments', 'Pledge has payments', `Pledge ${pledge.id} has payments applied; write off the balance instead of cancelling it.`);
    }
    pledge.status = 'CANCELLED';
    return HttpResponse.json(settle(pledge));
  }),
];
