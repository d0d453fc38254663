import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';
import type {
  Interaction,
  LogInteractionRequest,
  UpdateInteractionRequest,
} from '@/features/constituent-profile/types/profile';

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

/**
 * An interaction is shown on its constituent's page and on their household's: after a change or a delete every
 * constituent view is refreshed, and the task lists (a deleted interaction's follow-ups stay).
 */
function useRefreshTimelines() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['constituent'] });
}

/** The form shows what went wrong (`silent`): fields, a stale version, a date too far ahead. */
export function useUpdateInteraction() {
  const refresh = useRefreshTimelines();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: UpdateInteractionRequest }) =>
      apiRequest<Interaction>(`/api/interactions/${encodeURIComponent(id)}`, { method: 'PUT', body: request, silent: true }),
    onSuccess: refresh,
  });
}

export function useDeleteInteraction() {
  const refresh = useRefreshTimelines();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/interactions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

/** The interaction as stored now: for "Load latest" after someone else saved it. */
export function fetchInteraction(id: string): Promise<Interaction> {
  return apiRequest<Interaction>(`/api/interactions/${encodeURIComponent(id)}`);
}
