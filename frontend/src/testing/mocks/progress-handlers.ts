import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import type { TestCampaign, TestGift } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { currentUser, problem } from '@/testing/mocks/mock-session';
import { fromCents, toCents } from '@/utils/money';

// Campaign progress and the giving summary as org.steward.donations computes them: completed gifts at their base
// amount net of refunds, soft credits never counted, split gifts apportioned over their funds (largest remainder),
// sub-campaigns rolled up into their parents. Aggregates only, in BigInt cents. Calendar fiscal years.

const BASE_CURRENCY = 'USD';
const MAY_READ = ['ADMIN', 'DEVELOPMENT_OFFICER', 'BOARD_MEMBER'];

function deny(request: StrictRequest<DefaultBodyType>) {
  const user = currentUser(request);
  if (!user) return problem(401, 'auth.unauthenticated', 'Please sign in');
  if (!user.roles.some((role) => MAY_READ.includes(role))) return problem(403, 'auth.forbidden', 'Not allowed');
  return null;
}

const cents = (value: string | null | undefined) => toCents(value) ?? 0n;
const net = (gift: TestGift) => cents(gift.baseAmount) - cents(gift.refundedAmount);
const counted = () => db.gifts.filter((gift) => gift.status === 'COMPLETED');

/** Today in UTC, as the backend reckons it. */
const today = () => new Date().toISOString().slice(0, 10);

/** a ÷ b rounded half-even, for non-negative a and positive b. */
function halfEven(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  const twice = (a % b) * 2n;
  return twice > b || (twice === b && quotient % 2n === 1n) ? quotient + 1n : quotient;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function subtree(id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const campaign of db.campaigns) {
      if (campaign.parentId && ids.has(campaign.parentId) && !ids.has(campaign.id)) {
        ids.add(campaign.id);
        grew = true;
      }
    }
  }
  return ids;
}

type Bucket = { raised: bigint; gifts: number };

function add(map: Map<string | null, Bucket>, key: string | null, amount: bigint, gifts = 1) {
  const had = map.get(key) ?? { raised: 0n, gifts: 0 };
  map.set(key, { raised: had.raised + amount, gifts: had.gifts + gifts });
}

/** Each gift's net amount over its allocations, floor then largest remainder, as `Apportioning` does. */
function byFund(gifts: TestGift[]): Map<string | null, Bucket> {
  const result = new Map<string | null, Bucket>();
  for (const gift of gifts) {
    const total = net(gift);
    if (gift.allocations.length === 0) {
      add(result, null, total);
      continue;
    }
    const weights = gift.allocations.map((allocation) => cents(allocation.amount));
    const sum = weights.reduce((a, b) => a + b, 0n);
    const parts = weights.map((weight) => (total * weight) / sum);
    const remainders = weights.map((weight, index) => ({ index, rest: (total * weight) % sum }));
    remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
    let left = total - parts.reduce((a, b) => a + b, 0n);
    for (let k = 0; left > 0n; k += 1, left -= 1n) {
      const index = remainders[k]?.index ?? 0;
      parts[index] = (parts[index] ?? 0n) + 1n;
    }
    gift.allocations.forEach((allocation, index) => add(result, allocation.fundId, parts[index] ?? 0n));
  }
  return result;
}

function shares(buckets: Map<string | null, Bucket>, name: (id: string) => string | null) {
  return [...buckets.entries()]
    .sort(([ka, a], [kb, b]) => (ka === null ? 1 : kb === null ? -1 : a.raised === b.raised ? 0 : a.raised > b.raised ? -1 : 1))
    .map(([id, bucket]) => ({ id, name: id === null ? null : name(id), raised: fromCents(bucket.raised), giftCount: bucket.gifts }));
}

function view(campaign: TestCampaign) {
  const ids = subtree(campaign.id);
  const gifts = counted().filter((gift) => gift.campaignId && ids.has(gift.campaignId));
  const raised = gifts.reduce((sum, gift) => sum + net(gift), 0n);
  const goal = campaign.goal && campaign.currency === BASE_CURRENCY ? cents(campaign.goal) : null;
  let percentOfGoal: string | null = null;
  if (goal) {
    const scaled = (raised * 1_000_000n) / goal; // percent with four decimals, cut
    percentOfGoal = `${scaled / 10_000n}.${(scaled % 10_000n).toString().padStart(4, '0')}`;
  }
  const day = today();
  const phase =
    campaign.startDate && day < campaign.startDate ? 'UPCOMING' : campaign.endDate && day > campaign.endDate ? 'ENDED' : 'RUNNING';
  return {
    campaignId: campaign.id,
    name: campaign.name,
    parentId: campaign.parentId,
    active: campaign.active,
    currency: BASE_CURRENCY,
    raised: fromCents(raised),
    giftCount: gifts.length,
    donorCount: new Set(gifts.map((gift) => gift.constituentId)).size,
    goal: campaign.goal,
    goalCurrency: campaign.currency,
    percentOfGoal,
    remaining: goal === null ? null : fromCents(goal > raised ? goal - raised : 0n),
    goalReached: goal !== null && raised >= goal,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    asOf: day,
    phase,
    daysLeft: campaign.endDate ? Math.max(0, daysBetween(day, campaign.endDate)) : null,
    subCampaignCount: ids.size - 1,
  };
}

const fundName = (id: string) => db.funds.find((fund) => fund.id === id)?.name ?? null;
const campaignName = (id: string) => db.campaigns.find((campaign) => campaign.id === id)?.name ?? null;
const appealName = (id: string) => db.appeals.find((appeal) => appeal.id === id)?.name ?? null;

export const progressHandlers = [
  http.get('*/api/campaigns/progress', ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const url = new URL(request.url);
    const activeOnly = url.searchParams.get('activeOnly') === 'true';
    const runningOn = url.searchParams.get('runningOn');
    const list = db.campaigns
      .filter((campaign) => !activeOnly || campaign.active)
      .filter(
        (campaign) =>
          !runningOn ||
          ((!campaign.startDate || campaign.startDate <= runningOn) && (!campaign.endDate || campaign.endDate >= runningOn)),
      )
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(view);
    return HttpResponse.json(list);
  }),

  http.get('*/api/campaigns/:id/progress', ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const campaign = db.campaigns.find((candidate) => candidate.id === params.id);
    if (!campaign) return problem(404, 'campaigns.campaign-not-found', 'Campaign not found');
    const ids = subtree(campaign.id);
    const gifts = counted().filter((gift) => gift.campaignId && ids.has(gift.campaignId));
    const appeals = new Map<string | null, Bucket>();
    gifts.forEach((gift) => add(appeals, gift.appealId, net(gift)));
    const direct = gifts.filter((gift) => gift.campaignId === campaign.id);
    return HttpResponse.json({
      campaign: view(campaign),
      byAppeal: shares(appeals, appealName),
      byFund: shares(byFund(gifts), fundName),
      subCampaigns: db.campaigns.filter((child) => child.parentId === campaign.id).map(view),
      direct: {
        id: campaign.id,
        name: campaign.name,
        raised: fromCents(direct.reduce((sum, gift) => sum + net(gift), 0n)),
        giftCount: direct.length,
      },
    });
  }),

  http.get('*/api/giving/summary', ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const url = new URL(request.url);
    const to = url.searchParams.get('to') ?? today();
    const from = url.searchParams.get('from') ?? `${to.slice(0, 4)}-01-01`;
    if (to < from) {
      return problem(422, 'donations.invalid-period', 'Invalid period', { detail: `The period ends (${to}) before it starts (${from}).` });
    }
    const gifts = counted().filter((gift) => gift.receivedOn >= from && gift.receivedOn <= to);
    const raised = gifts.reduce((sum, gift) => sum + net(gift), 0n);
    const months: { month: string; raised: string; giftCount: number; donorCount: number }[] = [];
    for (let year = Number(from.slice(0, 4)), month = Number(from.slice(5, 7)); `${year}-${String(month).padStart(2, '0')}` <= to.slice(0, 7); ) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      const inMonth = gifts.filter((gift) => gift.receivedOn.startsWith(key));
      months.push({
        month: key,
        raised: fromCents(inMonth.reduce((sum, gift) => sum + net(gift), 0n)),
        giftCount: inMonth.length,
        donorCount: new Set(inMonth.map((gift) => gift.constituentId)).size,
      });
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
    const campaigns = new Map<string | null, Bucket>();
    gifts.forEach((gift) => add(campaigns, gift.campaignId, net(gift)));
    const average = gifts.length ? fromCents(halfEven(raised, BigInt(gifts.length))) : null;
    return HttpResponse.json({
      from,
      to,
      currency: BASE_CURRENCY,
      raised: fromCents(raised),
      giftCount: gifts.length,
      donorCount: new Set(gifts.map((gift) => gift.constituentId)).size,
      averageGift: average,
      byMonth: months,
      byFund: shares(byFund(gifts), fundName),
      byCampaign: shares(campaigns, campaignName),
    });
  }),
];
