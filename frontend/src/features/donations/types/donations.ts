// The donations and campaigns API's shapes (backend: org.steward.donations and org.steward.campaigns,
// the *View and web request records). Every amount is a decimal string with two decimals ("25.00").

export const GIFT_STATUSES = ['PENDING', 'COMPLETED', 'FAILED', 'REFUNDED', 'CANCELLED'] as const;
export type GiftStatus = (typeof GIFT_STATUSES)[number];

export const GIFT_KINDS = [
  'ONE_TIME',
  'RECURRING_PAYMENT',
  'PLEDGE_PAYMENT',
  'IN_KIND',
  'MATCHING_CLAIM',
  'EVENT_FEE',
] as const;
export type GiftKind = (typeof GIFT_KINDS)[number];

export const TRIBUTE_TYPES = ['IN_HONOR', 'IN_MEMORY'] as const;
export type TributeType = (typeof TRIBUTE_TYPES)[number];

type Audited = {
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

/** `FundView`: where gifts are designated. */
export type Fund = Audited & {
  id: string;
  code: string;
  name: string;
  restricted: boolean;
  active: boolean;
};

/** `CampaignView`; `goal` is a decimal string in `currency`. */
export type Campaign = Audited & {
  id: string;
  name: string;
  goal: string | null;
  currency: string | null;
  startDate: string | null;
  endDate: string | null;
  parentId: string | null;
  active: boolean;
  /** Raised so far, if the API adds it (not sent today). */
  raised?: string | null;
};

/** `AppealView`: one ask within a campaign. */
export type Appeal = Audited & {
  id: string;
  campaignId: string;
  name: string;
  active: boolean;
};

export type FundRequest = { code: string; name: string; restricted: boolean; active: boolean; version?: number };
export type CampaignRequest = {
  name: string;
  goal: string | null;
  currency: string | null;
  startDate: string | null;
  endDate: string | null;
  parentId: string | null;
  active: boolean;
  version?: number;
};
export type AppealRequest = { campaignId: string; name: string; active: boolean; version?: number };

export type Allocation = { id: string; fundId: string; amount: string };
export type SoftCredit = { id: string; constituentId: string; amount: string; role: string | null };
export type Tribute = { type: TributeType; honoreeName: string; notifyConstituentId: string | null };

export type Adjustment = {
  id: string;
  previousConstituentId: string;
  newConstituentId: string;
  previousAmount: string;
  newAmount: string;
  previousReceivedOn: string;
  newReceivedOn: string;
  reason: string;
  createdAt: string;
  createdBy: string;
};

export type Refund = {
  id: string;
  amount: string;
  baseAmount: string;
  refundedOn: string;
  reason: string;
  createdAt: string;
  createdBy: string;
};

/** `GiftView`: one gift with its allocations, soft credits and history. */
export type Gift = Audited & {
  id: string;
  constituentId: string;
  donorName: string | null;
  amount: string;
  currency: string;
  exchangeRate: string;
  exchangeRateDate: string | null;
  baseAmount: string;
  baseCurrency: string;
  refundedAmount: string;
  netAmount: string;
  receivedOn: string;
  status: GiftStatus;
  kind: GiftKind;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  reference: string | null;
  anonymous: boolean;
  allocations: Allocation[];
  softCredits: SoftCredit[];
  tribute: Tribute | null;
  description: string | null;
  fairMarketValue: string | null;
  notes: string | null;
  recurringGiftId: string | null;
  pledgeId: string | null;
  adjustments: Adjustment[];
  refunds: Refund[];
  /** Who thanked the donor for this gift, how and when; null while nobody has. */
  acknowledgement: GiftAcknowledgement | null;
};

export type AcknowledgementMethod = 'LETTER' | 'EMAIL' | 'PHONE' | 'IN_PERSON' | 'OTHER';

/** `GiftView.Acknowledgement`. */
export type GiftAcknowledgement = {
  method: AcknowledgementMethod;
  acknowledgedOn: string;
  notes: string | null;
  recordedAt: string;
  recordedBy: string;
};

/** `POST /api/gifts/{id}/acknowledgement`. */
export type AcknowledgementRequest = { method: AcknowledgementMethod; acknowledgedOn: string; notes: string | null };

/** `GiftListItem`: one row of `GET /api/gifts`. */
export type GiftListItem = Pick<
  Gift,
  | 'id'
  | 'constituentId'
  | 'donorName'
  | 'amount'
  | 'currency'
  | 'baseAmount'
  | 'refundedAmount'
  | 'receivedOn'
  | 'status'
  | 'kind'
  | 'fundId'
  | 'campaignId'
  | 'appealId'
  | 'anonymous'
>;

export type GiftPage = { items: GiftListItem[]; page: number; size: number; total: number };

export type GiftFilters = {
  constituentId: string | null;
  campaignId: string | null;
  from: string | null;
  to: string | null;
  /** true: thanked; false: still to thank; null or absent: both. */
  acknowledged?: boolean | null;
  /** From 1, as the table shows it; the API counts from 0. */
  page: number;
  size: number;
};

/** `POST /api/gifts`. */
export type RecordGiftRequest = {
  constituentId: string;
  amount: string;
  currency: string;
  receivedOn: string;
  status: GiftStatus;
  kind: GiftKind;
  exchangeRate: string | null;
  exchangeRateDate: string | null;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  reference: string | null;
  anonymous: boolean;
  allocations: { fundId: string; amount: string }[];
  softCredits: { constituentId: string; amount: string; role: string | null }[];
  tribute: Tribute | null;
  description: string | null;
  fairMarketValue: string | null;
  notes: string | null;
};

/** `POST /api/gifts/{id}/refund`: no amount refunds all that is left. */
export type RefundRequest = { amount: string | null; refundedOn: string | null; reason: string };

/** `POST /api/gifts/{id}/adjustments`: only what changes is sent. */
export type AdjustmentRequest = {
  amount: string | null;
  receivedOn: string | null;
  constituentId: string | null;
  reason: string;
};

export type DatedAmount = { date: string; amount: string };
export type YearAmount = { fiscalYear: number; total: string };

/** `GivingView`: a constituent's rollups in the base currency (`currency`). */
export type Giving = {
  constituentId: string;
  currency: string;
  lifetimeTotal: string;
  giftCount: number;
  firstGift: DatedAmount | null;
  lastGift: DatedAmount | null;
  largestGift: DatedAmount | null;
  thisFiscalYear: YearAmount;
  lastFiscalYear: YearAmount;
  softCreditTotal: string;
  consecutiveYears: number;
  bestYear: YearAmount | null;
  yearsGiven: number;
  includesHouseholdMembers: boolean;
};
