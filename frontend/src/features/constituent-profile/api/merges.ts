import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';
import type { DuplicateCandidate, Merge } from '@/features/constituent-profile/types/profile';

export function useMergeHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: profileQueryKeys.merges(id),
    queryFn: ({ signal }) =>
      apiRequest<Merge[]>(`/api/constituents/${encodeURIComponent(id)}/merges`, { signal }),
    enabled,
  });
}

/** Likely duplicates of this constituent, to suggest when merging from its page. */
export function useDuplicateCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: profileQueryKeys.duplicates(id),
    queryFn: ({ signal }) =>
      apiRequest<DuplicateCandidate[]>(`/api/constituents/${encodeURIComponent(id)}/duplicates`, { signal }),
    enabled,
  });
}

export function useUndoMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) =>
      apiRequest<unknown>(`/api/constituents/merges/${encodeURIComponent(mergeId)}/undo`, { method: 'POST' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['duplicates'] });
      return queryClient.invalidateQueries({ queryKey: ['constituent'] });
    },
  });
}
