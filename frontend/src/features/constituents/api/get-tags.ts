import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { constituentsQueryKeys } from '@/features/constituents/api/get-constituents';
import type { TagCount } from '@/features/constituents/types/constituent';

/** How many suggestions a tag input shows. */
export const TAG_SUGGESTION_LIMIT = 20;

/**
 * The tags in use starting with `prefix` (any case), most used first. Silent: suggestions are a help,
 * and a failure to load them must not interrupt typing with a notification.
 */
export function getTags(prefix: string, signal?: AbortSignal): Promise<TagCount[]> {
  return apiRequest<TagCount[]>('/api/constituents/tags', {
    query: { q: prefix.trim() || undefined, limit: TAG_SUGGESTION_LIMIT },
    signal,
    silent: true,
  });
}

/**
 * Suggestions for a tag input. Pass the prefix already debounced; `enabled` is false until the input
 * is used, so a page with a tag input asks for nothing until then. Under `constituents`, so saving a
 * constituent refreshes them.
 */
export function useTagSuggestions(prefix: string, enabled: boolean) {
  return useQuery({
    queryKey: constituentsQueryKeys.tags(prefix.trim()),
    queryFn: ({ signal }) => getTags(prefix, signal),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
