import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { invalidateConstituentQueries } from '@/features/constituents/api/get-constituents';
import type { Constituent, ConstituentRequest } from '@/features/constituents/types/constituent';

// The form shows every problem of a save itself (fields, stale version), so these calls are silent.

export function createConstituent(request: ConstituentRequest): Promise<Constituent> {
  return apiRequest<Constituent>('/api/constituents', { method: 'POST', body: request, silent: true });
}

export function updateConstituent({ id, request }: { id: string; request: ConstituentRequest }): Promise<Constituent> {
  return apiRequest<Constituent>(`/api/constituents/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: request,
    silent: true,
  });
}

export function useCreateConstituent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createConstituent,
    onSuccess: () => invalidateConstituentQueries(queryClient),
  });
}

export function useUpdateConstituent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateConstituent,
    onSuccess: () => invalidateConstituentQueries(queryClient),
  });
}
