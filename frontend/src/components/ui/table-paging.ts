/** Names screen readers announce for the pager's arrow buttons. */
export const PAGINATION_LABELS = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

export type PagingOptions = {
  /** Rows on all pages. */
  total: number;
  /** From 1. */
  page: number;
  size: number;
  sizes: readonly number[];
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
};

/**
 * The props a server-paged `DataTable` (mantine-datatable) shares with every other list: page and page size, the
 * sizes offered, "26–50 of 1,234", and labels for the pager's buttons. Spread them into the table.
 */
export function pagingProps({ total, page, size, sizes, onPageChange, onSizeChange }: PagingOptions) {
  return {
    totalRecords: total,
    recordsPerPage: size,
    recordsPerPageOptions: [...sizes],
    onRecordsPerPageChange: onSizeChange,
    recordsPerPageLabel: 'Rows per page',
    page,
    onPageChange,
    paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) =>
      `${from}–${to} of ${totalRecords.toLocaleString()}`,
    getPaginationControlProps: (control: keyof typeof PAGINATION_LABELS) => ({ 'aria-label': PAGINATION_LABELS[control] }),
    getPaginationItemProps: (pageNumber: number) => ({ 'aria-label': `Page ${pageNumber}` }),
  };
}
