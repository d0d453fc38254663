import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ConstituentSearchPage, ConstituentType } from '@/types/constituents';

export const constituentSearchKey = (q: string, type: string | null) => ['constituent-search', { q, type }] as const;

/** Name (prefix), email or phone search for pickers; asks only once two characters are typed. */
export function useConstituentSearch(q: string, type: ConstituentType | null = null) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: constituentSearchKey(trimmed, type),
    queryFn: ({ signal }) =>
      apiRequest<ConstituentSearchPage>('/api/constituents', {
        query: { q: trimmed, type, size: 10 },
        signal,
      }),
    enabled: trimmed.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
