import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ConstituentSearchItem, ConstituentView } from '@/types/constituents';

/** A constituent as the pickers show it, from the full record. */
export function toSearchItem(view: ConstituentView): ConstituentSearchItem {
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
}

/** One constituent by id (a donor named in the address bar or on a gift), for pickers and names. */
export function useDonor(id: string | null) {
  return useQuery({
    queryKey: ['constituent', id ?? '', 'ref'],
    queryFn: ({ signal }) =>
      apiRequest<ConstituentView>(`/api/constituents/${encodeURIComponent(id ?? '')}`, { signal, silent: true }).then(
        toSearchItem,
      ),
    enabled: !!id,
    staleTime: 60_000,
  });
}
