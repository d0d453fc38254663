import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import { browserTimeZone } from '@/utils/time-zones';
import type { AuditEntry, AuditQuery } from '@/features/audit/types/audit';

/** Days are the reader's: the server takes `from`/`to` in the zone the page sends. */
export function getAuditEntries(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  const dated = query.from !== '' || query.to !== '';
  return apiRequest<Page<AuditEntry>>('/api/audit', {
    query: {
      entityType: query.entityType.trim(),
      entityId: query.entityId.trim(),
      actor: query.actor.trim(),
      from: query.from,
      to: query.to,
      zone: dated ? browserTimeZone() : undefined,
      page: query.page,
      size: query.size,
    },
    signal,
    // A refused filter is shown on the page, beside the filters.
    silent: true,
  });
}

export function useAuditEntries(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => getAuditEntries(query, signal),
    placeholderData: keepPreviousData,
  });
}
