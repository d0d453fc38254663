// The gift batch API's shapes (backend: org.steward.donations.GiftBatchView and web.GiftBatchRequests).
// Every amount is a decimal string with two decimals in the batch's currency.

export const GIFT_BATCH_STATUSES = ['OPEN', 'POSTED'] as const;
export type GiftBatchStatus = (typeof GIFT_BATCH_STATUSES)[number];

/** `GiftBatchView.Row`: a row is not a gift until the batch is posted; then `giftId` names the gift. */
export type GiftBatchRow = {
  id: string;
  rowNumber: number;
  constituentId: string;
  donorName: string | null;
  amount: string;
  currency: string;
  exchangeRate: string | null;
  exchangeRateDate: string | null;
  receivedOn: string;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  reference: string | null;
  anonymous: boolean;
  notes: string | null;
  giftId: string | null;
};

/** `GiftBatchView`; `rows` is null in list items. `balanced` when the entered count and total match the expected. */
export type GiftBatch = {
  id: string;
  name: string;
  currency: string;
  expectedCount: number;
  expectedTotal: string;
  enteredCount: number;
  enteredTotal: string;
  balanced: boolean;
  status: GiftBatchStatus;
  postedAt: string | null;
  postedBy: string | null;
  createdAt: string;
  createdBy: string;
  rows: GiftBatchRow[] | null;
};

export type GiftBatchPage = { items: GiftBatch[]; page: number; size: number; total: number };

/** The list's filters; `page` counts from 1 here (the API's from 0). */
export type GiftBatchFilters = { status: GiftBatchStatus | null; page: number; size: number };

export type CreateGiftBatchRequest = {
  name: string;
  currency: string;
  expectedCount: number;
  expectedTotal: string;
};

/** `BatchRowRequest`: the fields of a simple completed gift; the currency is left to the batch's. */
export type GiftBatchRowRequest = {
  constituentId: string;
  amount: string;
  receivedOn: string;
  exchangeRate: string | null;
  exchangeRateDate: string | null;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  reference: string | null;
  anonymous: boolean;
  notes: string | null;
};
