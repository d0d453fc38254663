import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { donationKeys } from '@/features/donations/api/query-keys';
import type {
  Appeal,
  AppealRequest,
  Campaign,
  CampaignRequest,
  Fund,
  FundRequest,
} from '@/features/donations/types/donations';

// Funds, campaigns and appeals: plain lists (retired ones included), created with POST and changed
// (renamed, retired, restored) with PUT and the version read.

export function useFunds() {
  return useQuery({
    queryKey: donationKeys.funds,
    queryFn: ({ signal }) => apiRequest<Fund[]>('/api/funds', { signal }),
  });
}

export function useCampaigns() {
  return useQuery({
    queryKey: donationKeys.campaigns,
    queryFn: ({ signal }) => apiRequest<Campaign[]>('/api/campaigns', { signal }),
  });
}

export function useAppeals() {
  return useQuery({
    queryKey: donationKeys.appeals,
    queryFn: ({ signal }) => apiRequest<Appeal[]>('/api/appeals', { signal }),
  });
}

type Saved<R> = { id: string | null; request: R };

function useSave<T, R>(collection: string, key: readonly string[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: Saved<R>) =>
      id
        ? apiRequest<T>(`/api/${collection}/${encodeURIComponent(id)}`, { method: 'PUT', body: request, silent: true })
        : apiRequest<T>(`/api/${collection}`, { method: 'POST', body: request, silent: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useSaveFund = () => useSave<Fund, FundRequest>('funds', donationKeys.funds);
export const useSaveCampaign = () => useSave<Campaign, CampaignRequest>('campaigns', donationKeys.campaigns);
export const useSaveAppeal = () => useSave<Appeal, AppealRequest>('appeals', donationKeys.appeals);

export function fundRequest(fund: Fund, patch: Partial<FundRequest> = {}): FundRequest {
  return { code: fund.code, name: fund.name, restricted: fund.restricted, active: fund.active, version: fund.version, ...patch };
}

export function campaignRequest(campaign: Campaign, patch: Partial<CampaignRequest> = {}): CampaignRequest {
  return {
    name: campaign.name,
    goal: campaign.goal,
    currency: campaign.currency,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    parentId: campaign.parentId,
    active: campaign.active,
    version: campaign.version,
    ...patch,
  };
}

export function appealRequest(appeal: Appeal, patch: Partial<AppealRequest> = {}): AppealRequest {
  return { campaignId: appeal.campaignId, name: appeal.name, active: appeal.active, version: appeal.version, ...patch };
}
