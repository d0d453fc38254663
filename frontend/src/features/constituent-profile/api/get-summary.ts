import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ConstituentSummary } from '@/features/constituent-profile/types/profile';

/** Every query of one constituent starts with `['constituent', id]`, so one invalidation refreshes the page. */
export const profileQueryKeys = {
  constituent: (id: string) => ['constituent', id] as const,
  summary: (id: string) => ['constituent', id, 'summary'] as const,
  network: (id: string, depth: number) => ['constituent', id, 'network', { depth }] as const,
  interactions: (id: string) => ['constituent', id, 'interactions'] as const,
  consents: (id: string) => ['constituent', id, 'consents'] as const,
  householdHistory: (id: string) => ['constituent', id, 'household-history'] as const,
  merges: (id: string) => ['constituent', id, 'merges'] as const,
  duplicates: (id: string) => ['constituent', id, 'duplicates'] as const,
};

export function getConstituentSummary(id: string, signal?: AbortSignal): Promise<ConstituentSummary> {
  return apiRequest<ConstituentSummary>(`/api/constituents/${encodeURIComponent(id)}/summary`, {
    signal,
    // A missing constituent is shown by the page itself.
    silent: true,
  });
}

export function useConstituentSummary(id: string) {
  return useQuery({
    queryKey: profileQueryKeys.summary(id),
    queryFn: ({ signal }) => getConstituentSummary(id, signal),
  });
}
