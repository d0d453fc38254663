import type { DataTableSortStatus } from 'mantine-datatable';
import { useMemo, useState } from 'react';

/**
 * Sorting in the page for a data grid whose rows are all at hand (or a page the API does not sort): the grid's sort
 * status and the rows in that order. `compare` orders two rows ascending by a column's accessor.
 */
export function useSortedRecords<T>(
  items: T[] | undefined,
  compare: (a: T, b: T, column: string) => number,
  initialColumn: string,
) {
  const [sortStatus, setSortStatus] = useState<DataTableSortStatus<T>>({
    columnAccessor: initialColumn,
    direction: 'asc',
  });
  const records = useMemo(() => {
    const sorted = [...(items ?? [])];
    const column = String(sortStatus.columnAccessor);
    sorted.sort((a, b) => compare(a, b, column));
    return sortStatus.direction === 'desc' ? sorted.reverse() : sorted;
  }, [items, compare, sortStatus]);
  return { records, sortStatus, setSortStatus };
}
