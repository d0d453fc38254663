import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';
import type { ConsentEntry, RecordConsentRequest } from '@/features/constituent-profile/types/profile';

export function useConsentLedger(id: string) {
  return useQuery({
    queryKey: profileQueryKeys.consents(id),
    queryFn: ({ signal }) =>
      apiRequest<ConsentEntry[]>(`/api/constituents/${encodeURIComponent(id)}/consents`, { signal }),
  });
}

export function useRecordConsent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RecordConsentRequest) =>
      apiRequest<ConsentEntry>(`/api/constituents/${encodeURIComponent(id)}/consents`, {
        method: 'POST',
        body: request,
        silent: true,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueryKeys.constituent(id) }),
  });
}
