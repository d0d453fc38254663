import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { donationKeys } from '@/features/donations/api/query-keys';
import type {
  CreateGiftBatchRequest,
  GiftBatch,
  GiftBatchFilters,
  GiftBatchPage,
  GiftBatchRow,
  GiftBatchRowRequest,
} from '@/features/donations/types/gift-batches';
import { withRows } from '@/features/donations/utils/gift-batches';

/** Query keys of gift batches (beside `donationKeys`; posting a batch also changes gifts and donors' giving). */
export const giftBatchKeys = {
  all: ['gift-batches'] as const,
  lists: ['gift-batches', 'list'] as const,
  list: (filters: object) => ['gift-batches', 'list', filters] as const,
  detail: (id: string) => ['gift-batches', 'detail', id] as const,
};

const path = (id: string) => `/api/gift-batches/${encodeURIComponent(id)}`;

export function useGiftBatches(filters: GiftBatchFilters) {
  return useQuery({
    queryKey: giftBatchKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest<GiftBatchPage>('/api/gift-batches', {
        query: { status: filters.status, page: filters.page - 1, size: filters.size },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useGiftBatch(id: string) {
  return useQuery({
    queryKey: giftBatchKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<GiftBatch>(path(id), { signal, silent: true }),
  });
}

export function useCreateGiftBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateGiftBatchRequest) =>
      apiRequest<GiftBatch>('/api/gift-batches', { method: 'POST', body: request, silent: true }),
    onSuccess: (batch) => {
      queryClient.setQueryData(giftBatchKeys.detail(batch.id), batch);
      return queryClient.invalidateQueries({ queryKey: giftBatchKeys.lists });
    },
  });
}

/** Puts the changed rows into the cached batch at once (the summary follows), then reads the batch again. */
function changeRows(queryClient: QueryClient, batchId: string, change: (rows: GiftBatchRow[]) => GiftBatchRow[]) {
  queryClient.setQueryData<GiftBatch>(giftBatchKeys.detail(batchId), (batch) =>
    batch ? withRows(batch, change(batch.rows ?? [])) : batch,
  );
  return queryClient.invalidateQueries({ queryKey: giftBatchKeys.all });
}

export function useAddBatchRow(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: GiftBatchRowRequest) =>
      apiRequest<GiftBatchRow>(`${path(batchId)}/rows`, { method: 'POST', body: request, silent: true }),
    onSuccess: (row) => changeRows(queryClient, batchId, (rows) => [...rows, row]),
  });
}

export function useUpdateBatchRow(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rowId, request }: { rowId: string; request: GiftBatchRowRequest }) =>
      apiRequest<GiftBatchRow>(`${path(batchId)}/rows/${encodeURIComponent(rowId)}`, {
        method: 'PUT',
        body: request,
        silent: true,
      }),
    onSuccess: (row) => changeRows(queryClient, batchId, (rows) => rows.map((old) => (old.id === row.id ? row : old))),
  });
}

export function useDeleteBatchRow(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rowId: string) =>
      apiRequest<void>(`${path(batchId)}/rows/${encodeURIComponent(rowId)}`, { method: 'DELETE', silent: true }),
    onSuccess: (_, rowId) => changeRows(queryClient, batchId, (rows) => rows.filter((row) => row.id !== rowId)),
  });
}

/** Posts the batch: all its rows become gifts at once, so the gift lists and every donor's giving change. */
export function usePostGiftBatch(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<GiftBatch>(`${path(batchId)}/post`, { method: 'POST', silent: true }),
    onSuccess: (batch) => {
      queryClient.setQueryData(giftBatchKeys.detail(batch.id), batch);
      const donors = new Set((batch.rows ?? []).map((row) => row.constituentId));
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: giftBatchKeys.all }),
        queryClient.invalidateQueries({ queryKey: donationKeys.gifts }),
        queryClient.invalidateQueries({ queryKey: donationKeys.campaigns }),
        ...[...donors].map((id) => queryClient.invalidateQueries({ queryKey: donationKeys.constituent(id) })),
      ]);
    },
    // Refused (a mismatch someone else caused, a row no longer valid): read the batch as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: giftBatchKeys.detail(batchId) }),
  });
}
