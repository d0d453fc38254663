import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { donationKeys } from '@/features/donations/api/query-keys';
import type { Gift } from '@/features/donations/types/donations';
import type {
  ChangeRecurringGiftRequest,
  CreateRecurringGiftRequest,
  PauseRequest,
  RecurringGift,
  RecurringGiftFilters,
  RecurringGiftPage,
  RecurringPaymentRequest,
} from '@/features/donations/types/recurring';

/** Query keys of recurring gifts; a donor's card sits under `['constituent', id]` like the rest of the 360° view. */
export const recurringKeys = {
  all: ['recurring-gifts'] as const,
  list: (filters: object) => ['recurring-gifts', 'list', filters] as const,
  detail: (id: string) => ['recurring-gifts', 'detail', id] as const,
  ofDonor: (constituentId: string) => ['constituent', constituentId, 'recurring-gifts'] as const,
};

const path = (id: string, action = '') => `/api/recurring-gifts/${encodeURIComponent(id)}${action}`;

export function useRecurringGifts(filters: RecurringGiftFilters) {
  return useQuery({
    queryKey: recurringKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest<RecurringGiftPage>('/api/recurring-gifts', {
        query: { constituentId: filters.constituentId, status: filters.status, page: filters.page - 1, size: filters.size },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** A donor's recurring gifts, for the card of the 360° view. */
export function useDonorRecurringGifts(constituentId: string) {
  return useQuery({
    queryKey: recurringKeys.ofDonor(constituentId),
    queryFn: ({ signal }) =>
      apiRequest<RecurringGiftPage>('/api/recurring-gifts', { query: { constituentId, page: 0, size: 50 }, signal }),
  });
}

export function useRecurringGift(id: string) {
  return useQuery({
    queryKey: recurringKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<RecurringGift>(path(id), { signal, silent: true }),
  });
}

function refreshAfter(queryClient: QueryClient, recurring: Pick<RecurringGift, 'id' | 'constituentId'>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: recurringKeys.all }),
    queryClient.invalidateQueries({ queryKey: donationKeys.gifts }),
    queryClient.invalidateQueries({ queryKey: donationKeys.constituent(recurring.constituentId) }),
  ]);
}

export function useCreateRecurringGift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateRecurringGiftRequest) =>
      apiRequest<RecurringGift>('/api/recurring-gifts', { method: 'POST', body: request, silent: true }),
    onSuccess: (created) => {
      queryClient.setQueryData(recurringKeys.detail(created.id), created);
      return refreshAfter(queryClient, created);
    },
  });
}

/** Pause, resume, close or change: each answers with the recurring gift as it now is. */
function useRecurringAction<T>(send: (body: T) => Promise<RecurringGift>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (updated) => {
      queryClient.setQueryData(recurringKeys.detail(updated.id), updated);
      return refreshAfter(queryClient, updated);
    },
  });
}

export function useChangeRecurringGift(recurring: RecurringGift) {
  return useRecurringAction((body: ChangeRecurringGiftRequest) =>
    apiRequest<RecurringGift>(path(recurring.id), { method: 'PUT', body, silent: true }),
  );
}

export function usePauseRecurringGift(recurring: RecurringGift) {
  return useRecurringAction((body: PauseRequest) =>
    apiRequest<RecurringGift>(path(recurring.id, '/pause'), { method: 'POST', body, silent: true }),
  );
}

export function useResumeRecurringGift(recurring: RecurringGift) {
  return useRecurringAction((body: { reason: string | null }) =>
    apiRequest<RecurringGift>(path(recurring.id, '/resume'), { method: 'POST', body }),
  );
}

export function useCloseRecurringGift(recurring: RecurringGift) {
  return useRecurringAction((body: { reason: string | null }) =>
    apiRequest<RecurringGift>(path(recurring.id, '/close'), { method: 'POST', body, silent: true }),
  );
}

export type RecordPaymentVariables = { request: RecurringPaymentRequest; idempotencyKey: string };

/** Records a payment; one Idempotency-Key per payment being entered, so a retry never records it twice. */
export function useRecordRecurringPayment(recurring: RecurringGift) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: RecordPaymentVariables) =>
      apiRequest<Gift>(path(recurring.id, '/payments'), {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
        silent: true,
      }),
    onSuccess: () => refreshAfter(queryClient, recurring),
  });
}
