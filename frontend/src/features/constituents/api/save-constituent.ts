import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { invalidateConstituentQueries } from '@/features/constituents/api/get-constituents';
import type { Constituent, ConstituentRequest } from '@/features/constituents/types/constituent';
import type { ConstituentRef } from '@/types/constituents';

/** `DuplicateCandidate`: an existing record a new one probably is, with the codes of the rules that matched. */
export type LikelyDuplicate = { constituent: ConstituentRef; reasons: string[] };

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

/** The existing records a constituent about to be created probably is (nothing is saved); empty: none. */
export function checkDuplicates(request: ConstituentRequest): Promise<LikelyDuplicate[]> {
  return apiRequest<LikelyDuplicate[]>('/api/constituents/duplicate-check', {
    method: 'POST',
    body: request,
    silent: true,
  });
}
