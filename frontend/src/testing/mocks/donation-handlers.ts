import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import {
  createAppeal,
  createCampaign,
  createDonation,
  createFund,
  type TestGift,
} from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { currentUser, problem } from '@/testing/mocks/mock-session';
import { fromCents, toCents } from '@/utils/money';

// The donations and campaigns API as the backend branch defines it (org.steward.donations, org.steward.campaigns):
// plain lists of funds, campaigns and appeals; gifts paged; amounts as decimal strings; business rules as
// problem codes (docs/problems.md). Money is computed in BigInt cents here too.

const BASE_CURRENCY = 'USD';
const MAY_GIVE = ['ADMIN', 'DEVELOPMENT_OFFICER'];


/** null when allowed, else the 401/403 answer. */
function deny(request: StrictRequest<DefaultBodyType>, roles: readonly string[]) {
  const user = currentUser(request);
  if (!user) return problem(401, 'auth.unauthenticated', 'Please sign in');
  if (!user.roles.some((role) => roles.includes(role))) return problem(403, 'auth.forbidden', 'Not allowed');
  return null;
}

function invalid(field: string, message: string) {
  return problem(400, 'common.invalid-input', 'Invalid input', { violations: [{ field, message }] });
}

function rule(code: string, title: string, detail: string) {
  return problem(422, code, title, { detail });
}

const cents = (value: string | null | undefined) => toCents(value) ?? 0n;

function donorName(id: string): string | null {
  return db.constituents.find((c) => c.id === id)?.displayName ?? null;
}

function listItem(gift: TestGift) {
  const { id, constituentId, donorName: name, amount, currency, baseAmount, refundedAmount, receivedOn, status, kind, fundId, campaignId, appealId, anonymous } = gift;
  return { id, constituentId, donorName: name, amount, currency, baseAmount, refundedAmount, receivedOn, status, kind, fundId, campaignId, appealId, anonymous };
}

/** The rollups of `GET /api/constituents/{id}/giving`: completed gifts net of refunds; calendar fiscal years. */
export function givingOf(constituentId: string) {
  const gifts = db.gifts
    .filter((gift) => gift.constituentId === constituentId && gift.status === 'COMPLETED')
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  const thisYear = new Date().getFullYear();
  const byYear = new Map<number, bigint>();
  let total = 0n;
  let largest: TestGift | null = null;
  for (const gift of gifts) {
    const net = cents(gift.baseAmount) - cents(gift.refundedAmount);
    total += net;
    const year = Number(gift.receivedOn.slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? 0n) + net);
    if (!largest || cents(gift.baseAmount) > cents(largest.baseAmount)) largest = gift;
  }
  let streak = 0;
  for (let year = thisYear; byYear.has(year) || (year === thisYear && byYear.has(year - 1)); year -= 1) {
    if (byYear.has(year)) streak += 1;
  }
  let best: { fiscalYear: number; total: string } | null = null;
  for (const [year, sum] of byYear) {
    if (!best || sum > cents(best.total)) best = { fiscalYear: year, total: fromCents(sum) };
  }
  const soft = db.gifts
    .filter((gift) => gift.status === 'COMPLETED')
    .flatMap((gift) => gift.softCredits)
    .filter((credit) => credit.constituentId === constituentId)
    .reduce((sum, credit) => sum + cents(credit.amount), 0n);
  const first = gifts[0];
  const last = gifts[gifts.length - 1];
  return {
    constituentId,
    currency: BASE_CURRENCY,
    lifetimeTotal: fromCents(total),
    giftCount: gifts.length,
    firstGift: first ? { date: first.receivedOn, amount: first.baseAmount } : null,
    lastGift: last ? { date: last.receivedOn, amount: last.baseAmount } : null,
    largestGift: largest ? { date: largest.receivedOn, amount: largest.baseAmount } : null,
    thisFiscalYear: { fiscalYear: thisYear, total: fromCents(byYear.get(thisYear) ?? 0n) },
    lastFiscalYear: { fiscalYear: thisYear - 1, total: fromCents(byYear.get(thisYear - 1) ?? 0n) },
    softCreditTotal: fromCents(soft),
    consecutiveYears: streak,
    bestYear: best,
    yearsGiven: byYear.size,
    includesHouseholdMembers: false,
  };
}

type GiftBody = {
  constituentId?: string;
  amount?: string;
  currency?: string;
  receivedOn?: string;
  status?: TestGift['status'];
  kind?: TestGift['kind'];
  exchangeRate?: string | null;
  exchangeRateDate?: string | null;
  fundId?: string | null;
  campaignId?: string | null;
  appealId?: string | null;
  paymentMethod?: string | null;
  reference?: string | null;
  anonymous?: boolean;
  allocations?: { fundId: string; amount: string }[];
  softCredits?: { constituentId: string; amount: string; role: string | null }[];
  tribute?: TestGift['tribute'];
  description?: string | null;
  fairMarketValue?: string | null;
  notes?: string | null;
};

const DECIMAL = /^\s*-?\d{1,30}(\.\d{1,30})?\s*$/;

function checkAmount(field: string, value: string | undefined) {
  if (value === undefined || value === null) return invalid(field, 'must not be null');
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    return invalid(field, 'must be a decimal number written as a string, e.g. "25.00"');
  }
  const parsed = toCents(value.trim());
  if (parsed === null) return rule('donations.amount-too-precise', 'Amount has more than two decimals', `${field} has more than two decimals.`);
  if (parsed <= 0n) return rule('donations.amount-not-positive', 'Amount must be positive', `${field} must be more than zero.`);
  return null;
}

function recordGift(body: GiftBody, username: string) {
  if (!body.constituentId) return invalid('constituentId', 'must not be null');
  const amountProblem = checkAmount('amount', body.amount);
  if (amountProblem) return amountProblem;
  if (!body.receivedOn) return invalid('receivedOn', 'must not be null');
  const donor = db.constituents.find((c) => c.id === body.constituentId);
  if (!donor) return rule('donations.donor-not-found', 'Donor not found', `No constituent has id ${body.constituentId}.`);
  const currency = body.currency ?? BASE_CURRENCY;
  if (currency !== BASE_CURRENCY && (!body.exchangeRate || !body.exchangeRateDate)) {
    return rule('donations.exchange-rate-required', 'Exchange rate required', `A gift in ${currency} needs exchangeRate (to ${BASE_CURRENCY}) and exchangeRateDate.`);
  }
  const amount = fromCents(toCents(body.amount)!);
  const allocations = body.allocations ?? [];
  for (const [index, allocation] of allocations.entries()) {
    const allocationProblem = checkAmount(`allocations[${index}].amount`, allocation.amount);
    if (allocationProblem) return allocationProblem;
  }
  if (allocations.length > 0) {
    const sum = allocations.reduce((total, allocation) => total + cents(allocation.amount), 0n);
    if (sum !== cents(amount)) {
      return rule('donations.allocations-mismatch', 'Allocations do not add up', `The allocations add up to ${fromCents(sum)}, the gift is ${amount}.`);
    }
  } else if (!body.fundId) {
    return invalid('fundId', 'a gift needs a fund or allocations');
  }
  const funds = [body.fundId, ...allocations.map((allocation) => allocation.fundId)].filter((id): id is string => !!id);
  const unknownFund = funds.find((id) => !db.funds.some((fund) => fund.id === id && fund.active));
  if (unknownFund) return rule('donations.unknown-fund', 'Unknown fund', `Fund ${unknownFund} does not exist or is retired.`);
  for (const credit of body.softCredits ?? []) {
    if (credit.constituentId === body.constituentId) {
      return rule('donations.soft-credit-to-donor', 'Soft credit to the donor', 'The donor already has the hard credit for this gift.');
    }
    if (cents(credit.amount) > cents(amount)) {
      return rule('donations.soft-credit-too-large', 'Soft credit larger than the gift', 'A soft credit cannot be larger than the gift.');
    }
  }
  if (body.kind === 'IN_KIND' && !body.description?.trim()) {
    return rule('donations.in-kind-description-required', 'Description required', 'An in-kind gift needs a description of what was given.');
  }
  const baseAmount =
    currency === BASE_CURRENCY
      ? amount
      : // Mock conversion: the rate applied in cents, rounded down (the backend rounds half-even).
        fromCents((toCents(amount)! * BigInt(Math.round(Number(body.exchangeRate) * 1e8))) / 100_000_000n);
  const gift = createDonation({
    constituentId: body.constituentId,
    donorName: donor.displayName,
    amount,
    currency,
    exchangeRate: body.exchangeRate ?? '1.00000000',
    exchangeRateDate: body.exchangeRateDate ?? null,
    baseAmount,
    netAmount: amount,
    receivedOn: body.receivedOn,
    status: body.status ?? 'COMPLETED',
    kind: body.kind ?? 'ONE_TIME',
    fundId: allocations.length > 0 ? null : (body.fundId ?? null),
    campaignId: body.campaignId ?? null,
    appealId: body.appealId ?? null,
    paymentMethod: body.paymentMethod ?? null,
    reference: body.reference ?? null,
    anonymous: body.anonymous ?? false,
    allocations: (allocations.length > 0 ? allocations : [{ fundId: body.fundId!, amount }]).map((allocation, index) => ({
      id: `alloc-${db.gifts.length}-${index}`,
      fundId: allocation.fundId,
      amount: fromCents(cents(allocation.amount)),
    })),
    softCredits: (body.softCredits ?? []).map((credit, index) => ({
      id: `soft-${db.gifts.length}-${index}`,
      constituentId: credit.constituentId,
      amount: fromCents(cents(credit.amount)),
      role: credit.role,
    })),
    tribute: body.tribute ?? null,
    description: body.description ?? null,
    fairMarketValue: body.fairMarketValue ?? null,
    notes: body.notes ?? null,
    createdBy: username,
    updatedBy: username,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  });
  db.gifts.push(gift);
  return gift;
}

export const donationHandlers = [
  http.get('*/api/funds', ({ request }) => deny(request, MAY_GIVE) ?? HttpResponse.json(db.funds)),
  http.get('*/api/campaigns', ({ request }) => deny(request, [...MAY_GIVE, 'BOARD_MEMBER']) ?? HttpResponse.json(db.campaigns)),
  http.get('*/api/appeals', ({ request }) => {
    const denied = deny(request, MAY_GIVE);
    if (denied) return denied;
    const campaignId = new URL(request.url).searchParams.get('campaignId');
    return HttpResponse.json(db.appeals.filter((appeal) => !campaignId || appeal.campaignId === campaignId));
  }),

  http.post('*/api/funds', async ({ request }) => {
    const denied = deny(request, ['ADMIN']);
    if (denied) return denied;
    const body = (await request.json()) as { code: string; name: string; restricted?: boolean; active?: boolean };
    if (!body.name?.trim()) return invalid('create.request.name', 'must not be blank');
    if (db.funds.some((fund) => fund.code.toLowerCase() === body.code.trim().toLowerCase())) {
      return problem(409, 'campaigns.fund-code-taken', 'Fund code taken', { detail: `Another fund already has the code '${body.code}'.` });
    }
    const fund = createFund({ code: body.code.trim(), name: body.name.trim(), restricted: !!body.restricted, active: body.active ?? true });
    db.funds.push(fund);
    return HttpResponse.json(fund, { status: 201 });
  }),
  http.put('*/api/funds/:id', async ({ request, params }) => {
    const denied = deny(request, ['ADMIN']);
    if (denied) return denied;
    const fund = db.funds.find((candidate) => candidate.id === params.id);
    if (!fund) return problem(404, 'campaigns.fund-not-found', 'Fund not found');
    const body = (await request.json()) as { code: string; name: string; restricted?: boolean; active?: boolean; version?: number };
    if (body.version !== fund.version) return problem(409, 'common.stale', 'Changed by someone else');
    Object.assign(fund, { code: body.code, name: body.name, restricted: !!body.restricted, active: body.active ?? true, version: fund.version + 1 });
    return HttpResponse.json(fund);
  }),
  http.post('*/api/campaigns', async ({ request }) => {
    const denied = deny(request, ['ADMIN']);
    if (denied) return denied;
    const { id: _id, ...body } = (await request.json()) as Partial<ReturnType<typeof createCampaign>>;
    if (body.startDate && body.endDate && body.endDate < body.startDate) {
      return rule('campaigns.dates', 'End before start', "A campaign's end date cannot be before its start date.");
    }
    const campaign = createCampaign({ ...body, active: body.active ?? true, version: 0 });
    db.campaigns.push(campaign);
    return HttpResponse.json(campaign, { status: 201 });
  }),
  http.put('*/api/campaigns/:id', async ({ request, params }) => {
    const denied = deny(request, ['ADMIN']);
    if (denied) return denied;
    const campaign = db.campaigns.find((candidate) => candidate.id === params.id);
    if (!campaign) return problem(404, 'campaigns.campaign-not-found', 'Campaign not found');
    const body = (await request.json()) as Partial<ReturnType<typeof createCampaign>>;
    Object.assign(campaign, { ...body, id: campaign.id, version: campaign.version + 1 });
    return HttpResponse.json(campaign);
  }),
  http.post('*/api/appeals', async ({ request }) => {
    const denied = deny(request, ['ADMIN']);
    if (denied) return denied;
    const body = (await request.json()) as { campaignId: string; name: string; active?: boolean };
    if (!db.campaigns.some((campaign) => campaign.id === body.campaignId)) {
      return rule('campaigns.unknown-campaign', 'Unknown campaign', `No campaign has id ${body.campaignId}.`);
    }
    const appeal = createAppeal({ campaignId: body.campaignId, name: body.name, active: body.active ?? true });
    db.appeals.push(appeal);
    return HttpResponse.json(appeal, { status: 201 });
  }),
  http.put('*/api/appeals/:id', async ({ request, params }) => {
    const denied = deny(request, ['ADMIN']);
    if (denied) return denied;
    const appeal = db.appeals.find((candidate) => candidate.id === params.id);
    if (!appeal) return problem(404, 'campaigns.appeal-not-found', 'Appeal not found');
    const body = (await request.json()) as { campaignId: string; name: string; active?: boolean };
    Object.assign(appeal, { campaignId: body.campaignId, name: body.name, active: body.active ?? true, version: appeal.version + 1 });
    return HttpResponse.json(appeal);
  }),

  http.get('*/api/gifts', ({ request }) => {
    const denied = deny(request, MAY_GIVE);
    if (denied) return denied;
    const url = new URL(request.url);
    const constituentId = url.searchParams.get('constituentId');
    const campaignId = url.searchParams.get('campaignId');
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    const acknowledged = url.searchParams.get('acknowledged');
    const page = Number(url.searchParams.get('page') ?? '0');
    const size = Number(url.searchParams.get('size') ?? '25');
    const matches = db.gifts
      .filter(
        (gift) =>
          (!constituentId || gift.constituentId === constituentId) &&
          (!campaignId || gift.campaignId === campaignId) &&
          (!from || gift.receivedOn >= from) &&
          (!to || gift.receivedOn <= to) &&
          (acknowledged === null || (acknowledged === 'true') === (gift.acknowledgement !== null)),
      )
      .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.createdAt.localeCompare(a.createdAt))
      .map((gift) => ({ ...listItem(gift), donorName: donorName(gift.constituentId) ?? gift.donorName }));
    return HttpResponse.json({ items: matches.slice(page * size, page * size + size), page, size, total: matches.length });
  }),

  http.post('*/api/gifts', async ({ request }) => {
    const denied = deny(request, MAY_GIVE);
    if (denied) return denied;
    const text = await request.text();
    const key = request.headers.get('Idempotency-Key')?.trim();
    if (key) {
      const known = db.idempotencyKeys.get(key);
      if (known) {
        if (known.request !== text) {
          return problem(409, 'donations.idempotency-key-reused', 'Idempotency key already used', {
            detail: 'This Idempotency-Key was already used for a different gift request.',
          });
        }
        return HttpResponse.json(db.gifts.find((gift) => gift.id === known.giftId), { status: 201 });
      }
    }
    const result = recordGift(JSON.parse(text) as GiftBody, currentUser(request)!.username);
    if (result instanceof Response) return result;
    if (key) db.idempotencyKeys.set(key, { giftId: result.id, request: text });
    return HttpResponse.json(result, { status: 201 });
  }),

  http.get('*/api/gifts/:id', ({ request, params }) => {
    const denied = deny(request, MAY_GIVE);
    if (denied) return denied;
    const gift = db.gifts.find((candidate) => candidate.id === params.id);
    return gift ? HttpResponse.json(gift) : problem(404, 'donations.not-found', 'Gift not found');
  }),

  http.post('*/api/gifts/:id/acknowledgement', async ({ request, params }) => {
    const denied = deny(request, MAY_GIVE);
    if (denied) return denied;
    const gift = db.gifts.find((candidate) => candidate.id === params.id);
    if (!gift) return problem(404, 'donations.not-found', 'Gift not found');
    if (gift.status !== 'COMPLETED') {
      return rule(
        'donations.not-acknowledgeable',
        'Gift cannot be acknowledged',
        `Gift ${gift.id} is ${gift.status}; only completed gifts are thanked for.`,
      );
    }
    const body = (await request.json()) as NonNullable<TestGift['acknowledgement']>;
    if (!body.method) return invalid('method', 'must not be null');
    if (!body.acknowledgedOn) return invalid('acknowledgedOn', 'must not be null');
    gift.acknowledgement = {
      method: body.method,
      acknowledgedOn: body.acknowledgedOn,
      notes: body.notes ?? null,
      recordedAt: new Date().toISOString(),
      recordedBy: currentUser(request)!.username,
    };
    gift.version += 1;
    return HttpResponse.json(gift);
  }),

  http.post('*/api/gifts/:id/refund', async ({ request, params }) => {
    const denied = deny(request, MAY_GIVE);
    if (denied) return denied;
    const gift = db.gifts.find((candidate) => candidate.id === params.id);
    if (!gift) return problem(404, 'donations.not-found', 'Gift not found');
    if (gift.status !== 'COMPLETED') {
      return rule('donations.not-refundable', 'Gift cannot be refunded', `Gift ${gift.id} is ${gift.status}; only completed gifts are refunded.`);
    }
    const body = (await request.json()) as { amount: string | null; refundedOn: string | null; reason: string };
    if (!body.reason?.trim()) return invalid('refund.request.reason', 'must not be blank');
    const left = cents(gift.netAmount);
    const amount = body.amount === null ? left : toCents(body.amount);
    if (amount === null || amount <= 0n) return rule('donations.amount-not-positive', 'Amount must be positive', 'amount must be more than zero.');
    if (amount > left) return rule('donations.refund-too-large', 'Refund larger than the gift', `At most ${fromCents(left)} of this gift is left to refund.`);
    const user = currentUser(request)!;
    gift.refunds.push({
      id: `refund-${gift.refunds.length + 1}`,
      amount: fromCents(amount),
      baseAmount: fromCents(amount),
      refundedOn: body.refundedOn ?? new Date().toISOString().slice(0, 10),
      reason: body.reason,
      createdAt: new Date().toISOString(),
      createdBy: user.username,
    });
    gift.refundedAmount = fromCents(cents(gift.refundedAmount) + amount);
    gift.netAmount = fromCents(left - amount);
    if (left - amount === 0n) gift.status = 'REFUNDED';
    gift.version += 1;
    return HttpResponse.json(gift);
  }),

  http.post('*/api/gifts/:id/adjustments', async ({ request, params }) => {
    const denied = deny(request, MAY_GIVE);
    if (denied) return denied;
    const gift = db.gifts.find((candidate) => candidate.id === params.id);
    if (!gift) return problem(404, 'donations.not-found', 'Gift not found');
    const body = (await request.json()) as { amount: string | null; receivedOn: string | null; constituentId: string | null; reason: string };
    if (!body.reason?.trim()) return invalid('adjust.request.reason', 'must not be blank');
    if (!body.amount && !body.receivedOn && !body.constituentId) {
      return rule('donations.nothing-to-adjust', 'Nothing to adjust', 'The adjustment changes neither the amount, the date nor the donor.');
    }
    const amount = body.amount ? fromCents(cents(body.amount)) : gift.amount;
    gift.adjustments.push({
      id: `adjustment-${gift.adjustments.length + 1}`,
      previousConstituentId: gift.constituentId,
      newConstituentId: body.constituentId ?? gift.constituentId,
      previousAmount: gift.amount,
      newAmount: amount,
      previousReceivedOn: gift.receivedOn,
      newReceivedOn: body.receivedOn ?? gift.receivedOn,
      reason: body.reason,
      createdAt: new Date().toISOString(),
      createdBy: currentUser(request)!.username,
    });
    gift.netAmount = fromCents(cents(amount) - cents(gift.refundedAmount));
    gift.amount = amount;
    gift.baseAmount = amount;
    gift.receivedOn = body.receivedOn ?? gift.receivedOn;
    if (body.constituentId) {
      gift.constituentId = body.constituentId;
      gift.donorName = donorName(body.constituentId);
    }
    if (gift.allocations.length === 1) gift.allocations[0]!.amount = amount;
    gift.version += 1;
    return HttpResponse.json(gift);
  }),

  http.get('*/api/constituents/:id/giving', ({ request, params }) => {
    const denied = deny(request, MAY_GIVE);
    if (denied) return denied;
    if (!db.constituents.some((c) => c.id === params.id)) return problem(404, 'constituents.not-found', 'Constituent not found');
    return HttpResponse.json(givingOf(String(params.id)));
  }),
];
