import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { donationKeys } from '@/features/donations/api/query-keys';
import type {
  AcknowledgementRequest,
  AdjustmentRequest,
  Gift,
  GiftFilters,
  GiftPage,
  Giving,
  RecordGiftRequest,
  RefundRequest,
} from '@/features/donations/types/donations';

export function useGifts(filters: GiftFilters) {
  return useQuery({
    queryKey: donationKeys.giftList(filters),
    queryFn: ({ signal }) =>
      apiRequest<GiftPage>('/api/gifts', {
        query: {
          constituentId: filters.constituentId,
          campaignId: filters.campaignId,
          from: filters.from,
          to: filters.to,
          acknowledged: filters.acknowledged ?? undefined,
          page: filters.page - 1,
          size: filters.size,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useGift(id: string) {
  return useQuery({
    queryKey: donationKeys.gift(id),
    queryFn: ({ signal }) => apiRequest<Gift>(`/api/gifts/${encodeURIComponent(id)}`, { signal, silent: true }),
  });
}

export function useGiving(constituentId: string | null, enabled = true) {
  return useQuery({
    queryKey: donationKeys.giving(constituentId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<Giving>(`/api/constituents/${encodeURIComponent(constituentId ?? '')}/giving`, { signal }),
    enabled: enabled && !!constituentId,
  });
}

/** After a gift changes: the lists, the gift, and the 360° view (summary and giving) of everyone it credits. */
function refreshAfter(queryClient: QueryClient, gift: Gift, alsoConstituents: readonly string[] = []) {
  queryClient.setQueryData(donationKeys.gift(gift.id), gift);
  const people = new Set([gift.constituentId, ...gift.softCredits.map((credit) => credit.constituentId), ...alsoConstituents]);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: donationKeys.gifts }),
    queryClient.invalidateQueries({ queryKey: donationKeys.campaigns }),
    ...[...people].map((id) => queryClient.invalidateQueries({ queryKey: donationKeys.constituent(id) })),
  ]);
}

export type RecordGiftVariables = { request: RecordGiftRequest; idempotencyKey: string };

/**
 * Records a gift. The caller keeps one `Idempotency-Key` per gift being entered and sends it again when it
 * retries, so a double click or a retry after a lost answer never records the gift twice.
 */
export function useRecordGift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: RecordGiftVariables) =>
      apiRequest<Gift>('/api/gifts', {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
        silent: true,
      }),
    onSuccess: (gift) => refreshAfter(queryClient, gift),
  });
}

export function useRefundGift(gift: Gift) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RefundRequest) =>
      apiRequest<Gift>(`/api/gifts/${encodeURIComponent(gift.id)}/refund`, { method: 'POST', body: request, silent: true }),
    onSuccess: (updated) => refreshAfter(queryClient, updated),
  });
}

export function useAdjustGift(gift: Gift) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AdjustmentRequest) =>
      apiRequest<Gift>(`/api/gifts/${encodeURIComponent(gift.id)}/adjustments`, {
        method: 'POST',
        body: request,
        silent: true,
      }),
    // A new donor: the previous one's giving changes too.
    onSuccess: (updated) => refreshAfter(queryClient, updated, [gift.constituentId]),
  });
}

/** Records (or corrects) who thanked the donor for a completed gift, how and when. */
export function useAcknowledgeGift(gift: Gift) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AcknowledgementRequest) =>
      apiRequest<Gift>(`/api/gifts/${encodeURIComponent(gift.id)}/acknowledgement`, {
        method: 'POST',
        body: request,
        silent: true,
      }),
    onSuccess: (updated) => refreshAfter(queryClient, updated),
  });
}
