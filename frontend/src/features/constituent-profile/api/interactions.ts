import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';
import type { Interaction, LogInteractionRequest } from '@/features/constituent-profile/types/profile';

const PAGE_SIZE = 20;

/** The whole timeline, newest first, a page at a time; only fetched once asked for. */
export function useInteractionTimeline(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: profileQueryKeys.interactions(id),
    queryFn: ({ pageParam, signal }) =>
      apiRequest<Page<Interaction>>(`/api/constituents/${encodeURIComponent(id)}/interactions`, {
        query: { page: pageParam, size: PAGE_SIZE },
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => ((last.page + 1) * last.size < last.total ? last.page + 1 : undefined),
    enabled,
  });
}

export function useLogInteraction(constituentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LogInteractionRequest) =>
      apiRequest<Interaction>(`/api/constituents/${encodeURIComponent(constituentId)}/interactions`, {
        method: 'POST',
        body: request,
        silent: true,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueryKeys.constituent(constituentId) }),
  });
}
