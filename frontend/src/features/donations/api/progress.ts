import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { donationKeys } from '@/features/donations/api/query-keys';
import type { CampaignProgress, CampaignProgressDetail, GivingSummary, ProgressFilter } from '@/features/donations/types/progress';

// Aggregates of giving, readable by board members too. The keys sit under the campaigns and gifts keys, which
// every gift and campaign change already invalidates, so the figures refresh after an edit.

const progressKeys = {
  list: (filter: ProgressFilter, day: string) => [...donationKeys.campaigns, 'progress', filter, day] as const,
  detail: (id: string) => [...donationKeys.campaigns, 'progress', 'detail', id] as const,
  summary: (from: string | null, to: string | null) => [...donationKeys.gifts, 'summary', from, to] as const,
};

/** Today as YYYY-MM-DD in UTC, the day the backend reckons progress on. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function useCampaignProgressList(filter: ProgressFilter) {
  const day = todayUtc();
  return useQuery({
    queryKey: progressKeys.list(filter, day),
    queryFn: ({ signal }) =>
      apiRequest<CampaignProgress[]>('/api/campaigns/progress', {
        query: {
          activeOnly: filter === 'all' ? undefined : 'true',
          runningOn: filter === 'running' ? day : undefined,
        },
        signal,
      }),
  });
}

export function useCampaignProgress(id: string) {
  return useQuery({
    queryKey: progressKeys.detail(id),
    queryFn: ({ signal }) =>
      apiRequest<CampaignProgressDetail>(`/api/campaigns/${encodeURIComponent(id)}/progress`, { signal, silent: true }),
  });
}

/** Without dates: the current fiscal year to today. */
export function useGivingSummary(from: string | null = null, to: string | null = null) {
  return useQuery({
    queryKey: progressKeys.summary(from, to),
    queryFn: ({ signal }) =>
      apiRequest<GivingSummary>('/api/giving/summary', { query: { from: from ?? undefined, to: to ?? undefined }, signal }),
  });
}
