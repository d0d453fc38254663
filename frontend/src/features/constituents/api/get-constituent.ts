import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { constituentsQueryKeys } from '@/features/constituents/api/get-constituents';
import type { Constituent } from '@/features/constituents/types/constituent';

/**
 * One constituent. With `includeDeleted` (administrators) a deleted one is returned too, so it can
 * be restored; the API ignores the flag for other roles.
 */
export function getConstituent(id: string, includeDeleted: boolean, signal?: AbortSignal): Promise<Constituent> {
  return apiRequest<Constituent>(`/api/constituents/${encodeURIComponent(id)}`, {
    query: { includeDeleted: includeDeleted ? true : undefined },
    signal,
    // A missing constituent is shown by the page itself.
    silent: true,
  });
}

/** `fresh`: always ask the server on mount (a form must start from the current version). */
export function useConstituent(id: string, { includeDeleted = false, fresh = false } = {}) {
  return useQuery({
    queryKey: [...constituentsQueryKeys.detail(id), { includeDeleted }],
    queryFn: ({ signal }) => getConstituent(id, includeDeleted, signal),
    refetchOnMount: fresh ? 'always' : true,
  });
}
