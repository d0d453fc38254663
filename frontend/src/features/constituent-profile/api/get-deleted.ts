import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { Profile } from '@/features/constituent-profile/types/profile';

/**
 * A deleted or merged constituent (administrators only may ask): lets the page say where a merged
 * record went instead of just "not found".
 */
export function useDeletedConstituent(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['constituent', id, 'including-deleted'],
    queryFn: ({ signal }) =>
      apiRequest<Profile>(`/api/constituents/${encodeURIComponent(id)}`, {
        query: { includeDeleted: true },
        signal,
        silent: true,
      }),
    enabled,
  });
}
