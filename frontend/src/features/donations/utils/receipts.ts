import type { Receipt, ReceiptKind, ReceiptStatus } from '@/features/donations/types/receipts';

export const RECEIPT_STATUS_LABELS: Record<ReceiptStatus, string> = {
  ISSUED: 'Issued',
  VOID: 'Void',
  REPLACED: 'Replaced',
};

export const RECEIPT_STATUS_COLORS: Record<ReceiptStatus, string> = {
  ISSUED: 'green',
  VOID: 'gray',
  REPLACED: 'gray',
};

export const RECEIPT_KIND_LABELS: Record<ReceiptKind, string> = {
  SINGLE: 'Single gift',
  ANNUAL: 'Annual',
};

/**
 * What the next PDF download will be (ADR 0013: the first download is the original, later ones are marked
 * DUPLICATE COPY, a cancelled receipt prints VOID).
 */
export function nextPrint(receipt: Pick<Receipt, 'status' | 'printCount'>): 'original' | 'duplicate' | 'void' {
  if (receipt.status !== 'ISSUED') return 'void';
  return receipt.printCount === 0 ? 'original' : 'duplicate';
}

export const PRINT_LABELS = {
  original: 'Download original PDF',
  duplicate: 'Download duplicate copy',
  void: 'Download PDF (marked void)',
} as const;

/** Readable messages for the receipt problems of docs/problems.md (the frontend keys on `code`). */
export function receiptProblemMessage(code: string): string | null {
  switch (code) {
    case 'donations.already-receipted':
      return 'This gift is already on a receipt that is not void or replaced.';
    case 'donations.not-receiptable':
      return 'Only a completed gift with something left after refunds can be receipted.';
    case 'donations.nothing-to-receipt':
      return 'There is nothing left to receipt: every completed gift is already on a live receipt, or was refunded.';
    case 'donations.receipt-not-issued':
      return 'This receipt is already void or replaced; only an issued receipt can be voided or replaced.';
    case 'donations.receipt-not-found':
      return 'There is no such receipt.';
    case 'common.stale-version':
      return 'Someone saved the template since you opened it. Reload the page and apply your change again.';
    default:
      return null;
  }
}

/** Years offered for filtering and annual receipts: this year and the previous ones, newest first. */
export function receiptYears(now = new Date(), count = 8): number[] {
  const year = now.getFullYear();
  return Array.from({ length: count }, (_, index) => year - index);
}
