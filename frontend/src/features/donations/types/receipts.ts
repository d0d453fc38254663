// The receipts API's shapes (backend: org.steward.donations.ReceiptView, ReceiptTemplateView and
// web.ReceiptController). Amounts are decimal strings in the receipt's `currency` (the base currency).

import type { Page } from '@/lib/api-client';
import type { GiftStatus } from '@/features/donations/types/donations';

export const RECEIPT_STATUSES = ['ISSUED', 'VOID', 'REPLACED'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

export type ReceiptKind = 'SINGLE' | 'ANNUAL';

/** A gift the receipt covers, as printed on it. */
export type ReceiptLine = {
  giftId: string;
  receivedOn: string;
  description: string | null;
  amount: string;
  benefitsAmount: string;
  eligibleAmount: string;
};

/** A covered gift refunded, adjusted or cancelled after the receipt was issued. */
export type ReceiptGiftChange = {
  giftId: string;
  status: GiftStatus;
  printedEligibleAmount: string;
  eligibleAmountNow: string;
};

/** `ReceiptView`. `printCount` counts PDF downloads: the first is the original, later ones duplicate copies. */
export type Receipt = {
  id: string;
  serialNumber: string;
  receiptYear: number;
  sequenceNumber: number;
  kind: ReceiptKind;
  status: ReceiptStatus;
  constituentId: string;
  donorName: string;
  issuedOn: string;
  currency: string;
  totalAmount: string;
  benefitsAmount: string;
  eligibleAmount: string;
  replacesReceiptId: string | null;
  replacesSerial: string | null;
  replacedByReceiptId: string | null;
  voidReason: string | null;
  voidedAt: string | null;
  voidedBy: string | null;
  printCount: number;
  gifts: ReceiptLine[];
  changedSinceIssue: ReceiptGiftChange[];
  needsReplacement: boolean;
  createdAt: string;
  createdBy: string;
};

export type ReceiptPage = Page<Receipt>;

/** The list's filters (the API filters by donor and year); `page` counts from 1. */
export type ReceiptFilters = {
  constituentId: string | null;
  year: number | null;
  page: number;
  size: number;
};

/** `ReceiptTemplateView`; `version` is 0 until an administrator first saves it. */
export type ReceiptTemplate = {
  organizationName: string;
  addressLines: string[];
  charityRegistrationNumber: string | null;
  title: string | null;
  signatoryName: string;
  signatoryTitle: string | null;
  signatureText: string | null;
  legalWording: string | null;
  footer: string | null;
  logoPngBase64: string | null;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
};

/** `ReceiptController.TemplateRequest`. */
export type ReceiptTemplateRequest = Omit<ReceiptTemplate, 'updatedAt' | 'updatedBy'>;
