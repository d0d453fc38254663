import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import type { AuditEntry, AuditQuery } from '@/features/audit/types/audit';

export function getAuditEntries(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return apiRequest<Page<AuditEntry>>('/api/audit', {
    query: {
      entityType: query.entityType.trim(),
      entityId: query.entityId.trim(),
      page: query.page,
      size: query.size,
    },
    signal,
  });
}

export function useAuditEntries(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => getAuditEntries(query, signal),
    placeholderData: keepPreviousData,
  });
}
