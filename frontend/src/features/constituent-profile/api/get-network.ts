import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';
import type { RelationshipNetwork } from '@/features/constituent-profile/types/profile';

export function getNetwork(id: string, depth: number, signal?: AbortSignal): Promise<RelationshipNetwork> {
  return apiRequest<RelationshipNetwork>(`/api/constituents/${encodeURIComponent(id)}/network`, {
    query: { depth },
    signal,
  });
}

export function useNetwork(id: string, depth: number) {
  return useQuery({
    queryKey: profileQueryKeys.network(id, depth),
    queryFn: ({ signal }) => getNetwork(id, depth, signal),
    placeholderData: keepPreviousData,
  });
}
