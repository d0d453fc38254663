import type { ConstituentSearchItem } from '@/types/constituents';
import type { GiftKind, GiftStatus, TributeType } from '@/features/donations/types/donations';

export type AllocationRow = { key: string; fundId: string | null; amount: string };

export type SoftCreditRow = {
  key: string;
  constituent: ConstituentSearchItem | null;
  amount: string;
  role: string | null;
};

/** The gift form's values; amounts are the digits typed (strings). */
export type GiftFormValues = {
  donor: ConstituentSearchItem | null;
  amount: string;
  currency: string;
  exchangeRate: string;
  exchangeRateDate: string;
  receivedOn: string;
  status: GiftStatus;
  kind: GiftKind;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  reference: string;
  anonymous: boolean;
  split: boolean;
  allocations: AllocationRow[];
  softCredits: SoftCreditRow[];
  tribute: boolean;
  tributeType: TributeType;
  honoreeName: string;
  notifyConstituent: ConstituentSearchItem | null;
  description: string;
  fairMarketValue: string;
  notes: string;
};
