import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { apiDownload, apiRequest } from '@/lib/api-client';
import { saveFile } from '@/utils/save-file';
import type {
  Receipt,
  ReceiptFilters,
  ReceiptPage,
  ReceiptTemplate,
  ReceiptTemplateRequest,
} from '@/features/donations/types/receipts';

/** Query keys of tax receipts (docs/adr/0013-receipt-serials.md). */
export const receiptKeys = {
  all: ['receipts'] as const,
  list: (filters: object) => ['receipts', 'list', filters] as const,
  detail: (id: string) => ['receipts', 'detail', id] as const,
  template: ['receipt-template'] as const,
};

/** The largest page the API gives; a donor's receipts of one year fit in it. */
const MAX_PAGE = 200;

export function useReceipts(filters: ReceiptFilters, enabled = true) {
  return useQuery({
    queryKey: receiptKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest<ReceiptPage>('/api/receipts', {
        query: {
          constituentId: filters.constituentId,
          year: filters.year,
          page: filters.page - 1,
          size: filters.size,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The donor's receipts of one year (a gift's receipt has its year; an annual receipt covers one year), for the gift
 * page's "on receipt …" line and the annual receipt's "already receipted" count.
 */
export function useDonorReceipts(constituentId: string | null, year: number | null, enabled = true) {
  return useReceipts({ constituentId, year, page: 1, size: MAX_PAGE }, enabled && !!constituentId && !!year);
}

export function useReceipt(id: string, enabled = true) {
  return useQuery({
    queryKey: receiptKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<Receipt>(`/api/receipts/${encodeURIComponent(id)}`, { signal, silent: true }),
    enabled: enabled && !!id,
  });
}

/** After a receipt changes: the receipt itself and every list (lists also feed the gift page's receipt line). */
function refreshAfter(queryClient: QueryClient, ...receipts: Receipt[]) {
  for (const receipt of receipts) queryClient.setQueryData(receiptKeys.detail(receipt.id), receipt);
  return queryClient.invalidateQueries({ queryKey: receiptKeys.all });
}

/** Issues a receipt for one completed gift (409 `donations.already-receipted` if it is on a live one). */
export function useIssueGiftReceipt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (giftId: string) =>
      apiRequest<Receipt>(`/api/gifts/${encodeURIComponent(giftId)}/receipt`, { method: 'POST', silent: true }),
    onSuccess: (receipt) => refreshAfter(queryClient, receipt),
    // Already receipted (by someone else a moment ago): show that receipt.
    onError: () => queryClient.invalidateQueries({ queryKey: receiptKeys.all }),
  });
}

/** One receipt for a donor's completed gifts of a year that are on no live receipt yet. */
export function useIssueAnnualReceipt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { constituentId: string; year: number }) =>
      apiRequest<Receipt>('/api/receipts/annual', { method: 'POST', body: request, silent: true }),
    onSuccess: (receipt) => refreshAfter(queryClient, receipt),
  });
}

export function useVoidReceipt(receipt: Receipt) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiRequest<Receipt>(`/api/receipts/${encodeURIComponent(receipt.id)}/void`, {
        method: 'POST',
        body: { reason },
        silent: true,
      }),
    onSuccess: (updated) => refreshAfter(queryClient, updated),
    // Voided or replaced meanwhile: show it as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: receiptKeys.all }),
  });
}

/** Cancels the receipt and issues a new one (new serial) for the same gifts; resolves with the new receipt. */
export function useReplaceReceipt(receipt: Pick<Receipt, 'id'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string | null) =>
      apiRequest<Receipt>(`/api/receipts/${encodeURIComponent(receipt.id)}/replace`, {
        method: 'POST',
        body: { reason },
        silent: true,
      }),
    onSuccess: (replacement) => refreshAfter(queryClient, replacement),
    onError: () => queryClient.invalidateQueries({ queryKey: receiptKeys.all }),
  });
}

/**
 * Downloads the receipt's PDF and saves it. The server counts downloads: the first is the original, every later
 * one is printed DUPLICATE COPY, so the receipt is read again afterwards.
 */
export function useDownloadReceiptPdf(receipt: Receipt) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const file = await apiDownload(`/api/receipts/${encodeURIComponent(receipt.id)}/pdf`, {
        accept: 'application/pdf',
      });
      saveFile(file.blob, file.fileName ?? `receipt-${receipt.serialNumber}.pdf`);
      return file;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: receiptKeys.all }),
  });
}

export function useReceiptTemplate() {
  return useQuery({
    queryKey: receiptKeys.template,
    queryFn: ({ signal }) => apiRequest<ReceiptTemplate>('/api/receipt-template', { signal, silent: true }),
  });
}

export function useSaveReceiptTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReceiptTemplateRequest) =>
      apiRequest<ReceiptTemplate>('/api/receipt-template', { method: 'PUT', body: request, silent: true }),
    onSuccess: (saved) => queryClient.setQueryData(receiptKeys.template, saved),
  });
}
