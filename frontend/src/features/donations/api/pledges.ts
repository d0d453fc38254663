import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { donationKeys } from '@/features/donations/api/query-keys';
import type { Gift } from '@/features/donations/types/donations';
import type {
  CancelPledgeRequest,
  CreatePledgeRequest,
  Pledge,
  PledgeFilters,
  PledgePage,
  PledgePaymentRequest,
  WriteOffRequest,
} from '@/features/donations/types/pledges';

/** Query keys of pledges (beside `donationKeys`; a payment also changes gifts and the donor's giving). */
export const pledgeKeys = {
  all: ['pledges'] as const,
  list: (filters: object) => ['pledges', 'list', filters] as const,
  detail: (id: string) => ['pledges', 'detail', id] as const,
};

export function usePledges(filters: PledgeFilters, enabled = true) {
  return useQuery({
    queryKey: pledgeKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest<PledgePage>('/api/pledges', {
        query: {
          constituentId: filters.constituentId,
          status: filters.status,
          overdue: filters.overdue ? true : undefined,
          page: filters.page - 1,
          size: filters.size,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePledge(id: string) {
  return useQuery({
    queryKey: pledgeKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<Pledge>(`/api/pledges/${encodeURIComponent(id)}`, { signal, silent: true }),
  });
}

function refreshAfter(queryClient: QueryClient, pledge: Pledge) {
  queryClient.setQueryData(pledgeKeys.detail(pledge.id), pledge);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: pledgeKeys.all }),
    queryClient.invalidateQueries({ queryKey: donationKeys.constituent(pledge.constituentId) }),
  ]);
}

export function useCreatePledge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreatePledgeRequest) =>
      apiRequest<Pledge>('/api/pledges', { method: 'POST', body: request, silent: true }),
    onSuccess: (pledge) => refreshAfter(queryClient, pledge),
  });
}

export type PayPledgeVariables = { request: PledgePaymentRequest; idempotencyKey: string };

/** Records a payment (a gift); one `Idempotency-Key` per payment being entered, sent again on a retry. */
export function usePayPledge(pledge: Pledge) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: PayPledgeVariables) =>
      apiRequest<Gift>(`/api/pledges/${encodeURIComponent(pledge.id)}/payments`, {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
        silent: true,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pledgeKeys.all }),
        queryClient.invalidateQueries({ queryKey: donationKeys.gifts }),
        queryClient.invalidateQueries({ queryKey: donationKeys.constituent(pledge.constituentId) }),
      ]),
  });
}

export function useWriteOffPledge(pledge: Pledge) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: WriteOffRequest) =>
      apiRequest<Pledge>(`/api/pledges/${encodeURIComponent(pledge.id)}/write-off`, {
        method: 'POST',
        body: request,
        silent: true,
      }),
    onSuccess: (updated) => refreshAfter(queryClient, updated),
  });
}

export function useCancelPledge(pledge: Pledge) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CancelPledgeRequest) =>
      apiRequest<Pledge>(`/api/pledges/${encodeURIComponent(pledge.id)}/cancel`, {
        method: 'POST',
        body: request,
        silent: true,
      }),
    onSuccess: (updated) => refreshAfter(queryClient, updated),
  });
}
