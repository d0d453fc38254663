import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ConstituentSearchItem, ConstituentView } from '@/types/constituents';
import type { AuditActor, AuditEntityType } from '@/features/audit/types/audit';

/** The entity types the log records, in words, for the type filter. */
export function useAuditEntityTypes() {
  return useQuery({
    queryKey: ['audit', 'entity-types'],
    queryFn: ({ signal }) => apiRequest<AuditEntityType[]>('/api/audit/entity-types', { signal }),
    staleTime: Infinity,
  });
}

/** Everyone who has an entry (disabled accounts and "system" too), for the user filter. */
export function useAuditActors() {
  return useQuery({
    queryKey: ['audit', 'actors'],
    queryFn: ({ signal }) => apiRequest<AuditActor[]>('/api/audit/actors', { signal }),
    staleTime: 60_000,
  });
}

/**
 * The constituent a link such as a profile's "History" filters by, as the person picker shows one (deleted ones too:
 * the log is for administrators). An error when it cannot be read (merged away): the page then names it from its
 * entries.
 */
export function useAuditPerson(id: string) {
  return useQuery({
    queryKey: ['audit', 'person', id],
    queryFn: async ({ signal }): Promise<ConstituentSearchItem> => {
      const view = await apiRequest<ConstituentView>(`/api/constituents/${encodeURIComponent(id)}`, {
        query: { includeDeleted: true },
        signal,
        silent: true,
      });
      const primary = <T extends { primary: boolean }>(items: T[]) => items.find((item) => item.primary) ?? items[0];
      const address = primary(view.addresses);
      return {
        id: view.id,
        type: view.type,
        displayName: view.displayName,
        primaryEmail: primary(view.emails)?.address ?? null,
        primaryPhone: primary(view.phones)?.number ?? null,
        city: address?.city ?? null,
        postalCode: address?.postalCode ?? null,
        deceased: view.deceased,
        doNotContact: view.doNotContact,
        deleted: view.deleted,
        updatedAt: view.updatedAt,
      };
    },
    enabled: id !== '',
    retry: false,
    staleTime: 60_000,
  });
}
