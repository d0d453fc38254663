// Campaign progress and the giving summary (backend: org.steward.donations CampaignProgressView,
// CampaignProgressDetail, GivingSummaryView, GivingShare). Aggregates only: no donor or gift is ever named.
// Amounts are decimal strings in `currency`, the base currency. The API leaves null fields out of the JSON, so
// every nullable field is optional too.

export type CampaignPhase = 'UPCOMING' | 'RUNNING' | 'ENDED';

export type CampaignProgress = {
  campaignId: string;
  name: string;
  parentId?: string | null;
  active: boolean;
  /** The base currency `raised` and `remaining` are in. */
  currency: string;
  /** Completed gifts, base amount net of refunds, sub-campaigns included. */
  raised: string;
  giftCount: number;
  donorCount: number;
  goal?: string | null;
  goalCurrency?: string | null;
  /** raised ÷ goal × 100, cut to four decimals ("32.9300"); null without a goal in the base currency. */
  percentOfGoal?: string | null;
  remaining?: string | null;
  goalReached: boolean;
  startDate?: string | null;
  endDate?: string | null;
  /** The day (UTC) the figures and days left are for. */
  asOf: string;
  phase: CampaignPhase;
  daysLeft?: number | null;
  subCampaignCount: number;
};

/** A part of a total; `id`/`name` null for gifts without an appeal, fund or campaign. */
export type GivingShare = { id?: string | null; name?: string | null; raised: string; giftCount: number };

export type CampaignProgressDetail = {
  campaign: CampaignProgress;
  byAppeal: GivingShare[];
  byFund: GivingShare[];
  subCampaigns: CampaignProgress[];
  /** Given to this campaign itself rather than to one of its sub-campaigns. */
  direct: GivingShare;
};

export type MonthTotal = { month: string; raised: string; giftCount: number; donorCount: number };

export type GivingSummary = {
  from: string;
  to: string;
  currency: string;
  raised: string;
  giftCount: number;
  donorCount: number;
  averageGift?: string | null;
  byMonth: MonthTotal[];
  byFund: GivingShare[];
  byCampaign: GivingShare[];
};

/** Which campaigns the progress list shows. */
export type ProgressFilter = 'running' | 'active' | 'all';
