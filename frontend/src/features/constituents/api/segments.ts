import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { Segment, SegmentRequest } from '@/features/constituents/types/constituent';

export const segmentsQueryKeys = {
  all: ['segments'] as const,
  list: ['segments', 'list'] as const,
};

/** All saved searches, by name. */
export function getSegments(signal?: AbortSignal): Promise<Segment[]> {
  return apiRequest<Segment[]>('/api/segments', { signal });
}

export function useSegments() {
  return useQuery({ queryKey: segmentsQueryKeys.list, queryFn: ({ signal }) => getSegments(signal) });
}

/** Silent: a taken name is shown on the form's field. */
export function createSegment(request: SegmentRequest): Promise<Segment> {
  return apiRequest<Segment>('/api/segments', { method: 'POST', body: request, silent: true });
}

/** Replaces a saved search (send the `version` read). Silent: a taken name is shown on the form's field. */
export function updateSegment({ id, request }: { id: string; request: SegmentRequest }): Promise<Segment> {
  return apiRequest<Segment>(`/api/segments/${encodeURIComponent(id)}`, { method: 'PUT', body: request, silent: true });
}

export function deleteSegment(id: string): Promise<void> {
  return apiRequest<void>(`/api/segments/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useCreateSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSegment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentsQueryKeys.all }),
  });
}

export function useDeleteSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSegment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentsQueryKeys.all }),
  });
}

export function useUpdateSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSegment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentsQueryKeys.all }),
  });
}
