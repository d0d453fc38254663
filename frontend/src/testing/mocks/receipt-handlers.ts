import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import { createReceipt, type TestGift, type TestReceipt } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { currentUser, problem } from '@/testing/mocks/mock-session';
import { fromCents, toCents } from '@/utils/money';

// Tax receipts as the backend defines them (org.steward.donations.ReceiptService, ADR 0013, docs/problems.md):
// serials without gaps per year, one live receipt per gift, void and replace keep the number, downloads counted
// (the first is the original, later ones DUPLICATE COPY). The "PDF" is a few bytes that start like one.

const MAY_RECEIPT = ['ADMIN', 'DEVELOPMENT_OFFICER'];

function deny(request: StrictRequest<DefaultBodyType>, roles = MAY_RECEIPT) {
  const user = currentUser(request);
  if (!user) return problem(401, 'auth.unauthenticated', 'Please sign in');
  if (!user.roles.some((role) => roles.includes(role))) return problem(403, 'auth.forbidden', 'Not allowed');
  return null;
}

const cents = (value: string | null | undefined) => toCents(value) ?? 0n;

function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

function find(id: string) {
  return db.receipts.find((receipt) => receipt.id === id);
}

function notFound(id: string) {
  return problem(404, 'donations.receipt-not-found', 'Receipt not found', { detail: `No receipt has id ${id}.` });
}

function notIssued(receipt: TestReceipt) {
  return problem(409, 'donations.receipt-not-issued', 'Receipt not issued', {
    detail: `Receipt ${receipt.serialNumber} is ${receipt.status}.`,
  });
}

/** The live receipt a gift is on, if any. */
function liveReceiptOf(giftId: string) {
  return db.receipts.find((receipt) => receipt.status === 'ISSUED' && receipt.gifts.some((line) => line.giftId === giftId));
}

/** What a gift would print now: its net amount less the benefit (fair market value, except on in-kind gifts). */
function lineOf(gift: TestGift): TestReceipt['gifts'][number] {
  const benefits = gift.kind === 'IN_KIND' ? 0n : cents(gift.fairMarketValue);
  const net = cents(gift.netAmount);
  return {
    giftId: gift.id,
    receivedOn: gift.receivedOn,
    description: gift.description,
    amount: fromCents(net),
    benefitsAmount: fromCents(benefits),
    eligibleAmount: fromCents(net - benefits > 0n ? net - benefits : 0n),
  };
}

function receiptable(gift: TestGift) {
  return gift.status === 'COMPLETED' && cents(gift.netAmount) > 0n;
}

function draw(year: number): number {
  return db.receipts.filter((receipt) => receipt.receiptYear === year).reduce((max, r) => Math.max(max, r.sequenceNumber), 0) + 1;
}

function issue(kind: TestReceipt['kind'], year: number, gifts: TestGift[], by: string, replaces: TestReceipt | null = null) {
  const lines = gifts.map(lineOf);
  const sum = (pick: (line: TestReceipt['gifts'][number]) => string) => fromCents(lines.reduce((total, line) => total + cents(pick(line)), 0n));
  const donor = db.constituents.find((constituent) => constituent.id === gifts[0]!.constituentId);
  const receipt = createReceipt({
    kind,
    receiptYear: year,
    sequenceNumber: draw(year),
    constituentId: gifts[0]!.constituentId,
    donorName: donor?.displayName ?? gifts[0]!.donorName ?? 'Unknown donor',
    issuedOn: isoToday(),
    currency: gifts[0]!.baseCurrency,
    totalAmount: sum((line) => line.amount),
    benefitsAmount: sum((line) => line.benefitsAmount),
    eligibleAmount: sum((line) => line.eligibleAmount),
    replacesReceiptId: replaces?.id ?? null,
    replacesSerial: replaces?.serialNumber ?? null,
    gifts: lines,
    createdAt: new Date().toISOString().slice(0, 19) + 'Z',
    createdBy: by,
  });
  db.receipts.push(receipt);
  return receipt;
}

/** The receipt as the API shows it: with the covered gifts that changed since it was issued. */
export function receiptView(receipt: TestReceipt) {
  const changedSinceIssue =
    receipt.status !== 'ISSUED'
      ? []
      : receipt.gifts.flatMap((line) => {
          const gift = db.gifts.find((candidate) => candidate.id === line.giftId);
          if (!gift) return [];
          const now = receiptable(gift) ? lineOf(gift).eligibleAmount : '0.00';
          if (gift.status === 'COMPLETED' && cents(now) === cents(line.eligibleAmount)) return [];
          return [{ giftId: gift.id, status: gift.status, printedEligibleAmount: line.eligibleAmount, eligibleAmountNow: now }];
        });
  return { ...receipt, changedSinceIssue, needsReplacement: changedSinceIssue.length > 0 };
}

function created(receipt: TestReceipt) {
  return HttpResponse.json(receiptView(receipt), { status: 201, headers: { Location: `/api/receipts/${receipt.id}` } });
}

export const receiptHandlers = [
  http.post('*/api/gifts/:id/receipt', ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const gift = db.gifts.find((candidate) => candidate.id === params.id);
    if (!gift) return problem(404, 'donations.gift-not-found', 'Gift not found', { detail: `No gift has id ${String(params.id)}.` });
    if (!receiptable(gift)) {
      return problem(422, 'donations.not-receiptable', 'Gift not receiptable', {
        detail: 'Only a completed gift with something left after refunds gets a receipt.',
      });
    }
    const live = liveReceiptOf(gift.id);
    if (live) {
      return problem(409, 'donations.already-receipted', 'Donation already receipted', {
        detail: `Gift ${gift.id} is on receipt ${live.serialNumber}.`,
      });
    }
    return created(issue('SINGLE', Number(gift.receivedOn.slice(0, 4)), [gift], currentUser(request)!.username));
  }),

  http.post('*/api/receipts/annual', async ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const body = (await request.json()) as { constituentId?: string; year?: number };
    if (!body.constituentId || !body.year) {
      return problem(400, 'validation.failed', 'Invalid request', {
        violations: [{ field: body.constituentId ? 'year' : 'constituentId', message: 'must not be null' }],
      });
    }
    const gifts = db.gifts.filter(
      (gift) =>
        gift.constituentId === body.constituentId &&
        gift.receivedOn.startsWith(`${body.year}-`) &&
        receiptable(gift) &&
        !liveReceiptOf(gift.id),
    );
    if (gifts.length === 0) {
      return problem(422, 'donations.nothing-to-receipt', 'Nothing to receipt', {
        detail: `The donor has no completed gift of ${body.year} that is not on a receipt yet.`,
      });
    }
    return created(issue('ANNUAL', body.year, gifts, currentUser(request)!.username));
  }),

  http.get('*/api/receipts', ({ request }) => {
    const denied = deny(request);
    if (denied) return denied;
    const url = new URL(request.url);
    const donor = url.searchParams.get('constituentId');
    const year = url.searchParams.get('year');
    const page = Number(url.searchParams.get('page') ?? '0');
    const size = Number(url.searchParams.get('size') ?? '25');
    const items = db.receipts
      .filter((receipt) => (!donor || receipt.constituentId === donor) && (!year || receipt.receiptYear === Number(year)))
      .sort((a, b) => b.receiptYear - a.receiptYear || b.sequenceNumber - a.sequenceNumber)
      .map(receiptView);
    return HttpResponse.json({ items: items.slice(page * size, page * size + size), page, size, total: items.length });
  }),

  http.get('*/api/receipts/:id', ({ request, params }) => {
    const receipt = find(String(params.id));
    return deny(request) ?? (receipt ? HttpResponse.json(receiptView(receipt)) : notFound(String(params.id)));
  }),

  http.post('*/api/receipts/:id/void', async ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const receipt = find(String(params.id));
    if (!receipt) return notFound(String(params.id));
    const body = (await request.json()) as { reason?: string };
    if (!body.reason?.trim()) {
      return problem(400, 'validation.failed', 'Invalid request', {
        violations: [{ field: 'voidReceipt.request.reason', message: 'must not be blank' }],
      });
    }
    if (receipt.status !== 'ISSUED') return notIssued(receipt);
    Object.assign(receipt, {
      status: 'VOID',
      voidReason: body.reason.trim(),
      voidedAt: new Date().toISOString().slice(0, 19) + 'Z',
      voidedBy: currentUser(request)!.username,
    });
    return HttpResponse.json(receiptView(receipt));
  }),

  http.post('*/api/receipts/:id/replace', async ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const receipt = find(String(params.id));
    if (!receipt) return notFound(String(params.id));
    if (receipt.status !== 'ISSUED') return notIssued(receipt);
    const body = (await request.json().catch(() => null)) as { reason?: string | null } | null;
    const gifts = receipt.gifts
      .map((line) => db.gifts.find((gift) => gift.id === line.giftId))
      .filter((gift): gift is TestGift => !!gift && receiptable(gift));
    if (gifts.length === 0) {
      return problem(422, 'donations.nothing-to-receipt', 'Nothing to receipt', {
        detail: `Nothing of receipt ${receipt.serialNumber}'s gifts is left to receipt.`,
      });
    }
    const by = currentUser(request)!.username;
    receipt.status = 'REPLACED';
    const replacement = issue(receipt.kind, receipt.receiptYear, gifts, by, receipt);
    Object.assign(receipt, {
      replacedByReceiptId: replacement.id,
      voidReason: body?.reason?.trim() || null,
      voidedAt: replacement.createdAt,
      voidedBy: by,
    });
    return created(replacement);
  }),

  http.get('*/api/receipts/:id/pdf', ({ request, params }) => {
    const denied = deny(request);
    if (denied) return denied;
    const receipt = find(String(params.id));
    if (!receipt) return notFound(String(params.id));
    const mark = receipt.status !== 'ISSUED' ? 'VOID' : receipt.printCount > 0 ? 'DUPLICATE COPY' : 'ORIGINAL';
    receipt.printCount += 1;
    return new HttpResponse(`%PDF-1.4\n% Receipt ${receipt.serialNumber} ${mark}\n%%EOF\n`, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="receipt-${receipt.serialNumber}.pdf"`,
      },
    });
  }),

  http.get('*/api/receipt-template', ({ request }) => deny(request) ?? HttpResponse.json(db.receiptTemplate)),

  http.put('*/api/receipt-template', async ({ request }) => {
    const denied = deny(request, ['ADMIN']);
    if (denied) return denied;
    const body = (await request.json()) as Omit<typeof db.receiptTemplate, 'updatedAt' | 'updatedBy'>;
    if (!body.organizationName?.trim() || !body.signatoryName?.trim()) {
      return problem(400, 'validation.failed', 'Invalid request', {
        violations: [
          ...(body.organizationName?.trim() ? [] : [{ field: 'saveTemplate.request.organizationName', message: 'must not be blank' }]),
          ...(body.signatoryName?.trim() ? [] : [{ field: 'saveTemplate.request.signatoryName', message: 'must not be blank' }]),
        ],
      });
    }
    if (body.version !== db.receiptTemplate.version) {
      return problem(409, 'common.stale-version', 'Changed by someone else', {
        detail: 'The receipt template was changed since you read it.',
      });
    }
    db.receiptTemplate = {
      ...body,
      version: body.version + 1,
      updatedAt: new Date().toISOString().slice(0, 19) + 'Z',
      updatedBy: currentUser(request)!.username,
    };
    return HttpResponse.json(db.receiptTemplate);
  }),
];
