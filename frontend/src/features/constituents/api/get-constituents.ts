import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ConstituentPage, ConstituentSearch } from '@/features/constituents/types/constituent';

/**
 * Every constituent query starts with "constituents", so one invalidation of `all` refreshes lists,
 * single constituents and anything else cached under it after a change.
 */
export const constituentsQueryKeys = {
  all: ['constituents'] as const,
  lists: ['constituents', 'list'] as const,
  list: (search: ConstituentSearch) => ['constituents', 'list', search] as const,
  detail: (id: string) => ['constituents', 'detail', id] as const,
  tags: (prefix: string) => ['constituents', 'tags', prefix] as const,
};

/**
 * After a constituent changes, every cached view of constituents is out of date: ours, and the
 * profile page's (its keys start with "constituent"; features share the cache, not code).
 */
export function invalidateConstituentQueries(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: constituentsQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['constituent'] }),
  ]).then(() => undefined);
}

export function getConstituents(search: ConstituentSearch, signal?: AbortSignal): Promise<ConstituentPage> {
  return apiRequest<ConstituentPage>('/api/constituents', {
    query: {
      q: search.q.trim(),
      type: search.type,
      tag: search.tag.trim(),
      email: search.email.trim(),
      phone: search.phone.trim(),
      postalCode: search.postalCode.trim(),
      text: search.text.trim(),
      includeDeleted: search.includeDeleted ? true : undefined,
      sort: search.sort,
      page: search.page - 1,
      size: search.size,
    },
    signal,
  });
}

/** One page of matches; the previous page stays on screen while the next one loads. */
export function useConstituents(search: ConstituentSearch) {
  return useQuery({
    queryKey: constituentsQueryKeys.list(search),
    queryFn: ({ signal }) => getConstituents(search, signal),
    placeholderData: keepPreviousData,
  });
}
