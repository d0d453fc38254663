import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import type {
  DuplicateDismissal,
  DuplicatePair,
  DuplicateRule,
  MergePreview,
  MergeRequest,
  MergeResult,
} from '@/features/duplicates/types/duplicates';

export const duplicatesQueryKeys = {
  all: ['duplicates'] as const,
  scan: (page: number, size: number, name: string) => ['duplicates', 'scan', { page, size, name }] as const,
  rules: ['duplicates', 'rules'] as const,
  preview: (survivorId: string, duplicateId: string) => ['duplicates', 'preview', survivorId, duplicateId] as const,
};

/** `page` counts from 0, like the API; `name` keeps the pairs where either sort name ("Last, First") starts with it. */
export function useDuplicateScan(page: number, size: number, name = '', enabled = true) {
  const trimmed = name.trim();
  return useQuery({
    queryKey: duplicatesQueryKeys.scan(page, size, trimmed),
    queryFn: ({ signal }) =>
      apiRequest<Page<DuplicatePair>>('/api/constituents/duplicates', {
        query: trimmed ? { page, size, name: trimmed } : { page, size },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDuplicateRules(enabled = true) {
  return useQuery({
    queryKey: duplicatesQueryKeys.rules,
    queryFn: ({ signal }) => apiRequest<DuplicateRule[]>('/api/constituents/duplicate-rules', { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useSetDuplicateRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, enabled }: { code: string; enabled: boolean }) =>
      apiRequest<DuplicateRule>(`/api/constituents/duplicate-rules/${encodeURIComponent(code)}`, {
        method: 'PUT',
        body: { enabled },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: duplicatesQueryKeys.all }),
  });
}

export function useMergePreview(survivorId: string | null, duplicateId: string | null) {
  return useQuery({
    queryKey: duplicatesQueryKeys.preview(survivorId ?? '', duplicateId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<MergePreview>(`/api/constituents/${encodeURIComponent(survivorId ?? '')}/merge-preview`, {
        query: { duplicateId },
        signal,
        silent: true,
      }),
    enabled: Boolean(survivorId && duplicateId),
    // Choosing the other survivor keeps the last preview on screen while the new one loads.
    placeholderData: keepPreviousData,
    // A preview must show the records as they are now.
    staleTime: 0,
  });
}

export function useMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ survivorId, request }: { survivorId: string; request: MergeRequest }) =>
      apiRequest<MergeResult>(`/api/constituents/${encodeURIComponent(survivorId)}/merge`, {
        method: 'POST',
        body: request,
        silent: true,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['constituent'] });
      void queryClient.invalidateQueries({ queryKey: ['constituents'] });
      return queryClient.invalidateQueries({ queryKey: duplicatesQueryKeys.all });
    },
  });
}

/** Says two constituents are not duplicates: the pair leaves the list for good (an administrator can take it back). */
export function useNotDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, otherId, reason }: { id: string; otherId: string; reason?: string }) =>
      apiRequest<DuplicateDismissal>(`/api/constituents/${encodeURIComponent(id)}/not-duplicates`, {
        method: 'POST',
        body: reason?.trim() ? { otherId, reason: reason.trim() } : { otherId },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: duplicatesQueryKeys.all }),
  });
}
