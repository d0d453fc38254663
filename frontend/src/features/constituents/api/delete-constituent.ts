import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { invalidateConstituentQueries } from '@/features/constituents/api/get-constituents';
import type { Constituent } from '@/features/constituents/types/constituent';

/** Soft delete: administrators can restore the constituent later. */
export function deleteConstituent({ id, reason }: { id: string; reason?: string }): Promise<void> {
  return apiRequest<void>(`/api/constituents/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    query: { reason: reason?.trim() },
  });
}

export function restoreConstituent(id: string): Promise<Constituent> {
  return apiRequest<Constituent>(`/api/constituents/${encodeURIComponent(id)}/restore`, { method: 'POST' });
}

export function useDeleteConstituent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteConstituent,
    onSuccess: () => invalidateConstituentQueries(queryClient),
  });
}

export function useRestoreConstituent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreConstituent,
    onSuccess: () => invalidateConstituentQueries(queryClient),
  });
}
