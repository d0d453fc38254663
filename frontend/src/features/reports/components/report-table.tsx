import { Anchor, Button, Text } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { Link } from 'react-router';

import { pagingProps } from '@/components/ui/table-paging';
import type { ReportColumn, ReportResult, ReportRow } from '@/features/reports/types/reports';
import { formatReportValue, isNumeric } from '@/features/reports/utils/format';
import { PAGE_SIZES, type Paging } from '@/features/reports/utils/params';

type KeyedRow = ReportRow & { key: string };

type ReportTableProps = {
  result: ReportResult | undefined;
  paging: Paging;
  fetching: boolean;
  failed: boolean;
  canOpenConstituents: boolean;
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
  /** Opens the drill-down for a row that names a donor. */
  onWhy: (row: { constituentId: string; name: string }) => void;
};

/** The column that names the row: the one keyed "name", else the first text column. */
export function nameColumn(columns: readonly ReportColumn[]): ReportColumn | undefined {
  return columns.find((column) => column.key === 'name') ?? columns.find((column) => column.kind === 'TEXT');
}

/** The rows of a report, a page at a time, with their totals, donor names linked and a "Why?" per donor. */
export function ReportTable({ result, paging, fetching, failed, canOpenConstituents, onPageChange, onSizeChange, onWhy }: ReportTableProps) {
  const columns = result?.columns ?? [];
  const currency = result?.currency ?? 'USD';
  const label = nameColumn(columns);
  const rows: KeyedRow[] = (result?.rows ?? []).map((row, index) => ({ ...row, key: `${result?.page ?? 0}:${index}` }));
  const explains = rows.some((row) => row.constituentId);
  const totals = result?.totals ?? null;
  const rowName = (row: ReportRow) => (label ? (row.values[label.key] ?? '') : '') || 'this donor';

  const tableColumns: DataTableColumn<KeyedRow>[] = columns.map((column, index) => {
    const numeric = isNumeric(column.kind);
    return {
      accessor: column.key,
      title: column.heading,
      textAlign: numeric ? 'right' : 'left',
      noWrap: numeric || column.kind === 'DATE',
      render: (row: KeyedRow) => {
        const text = formatReportValue(row.values[column.key], column.kind, currency);
        if (column === label && row.constituentId && canOpenConstituents) {
          return (
            <Anchor component={Link} to={`/constituents/${row.constituentId}`} size="sm">
              {text}
            </Anchor>
          );
        }
        return text;
      },
      footer: totals
        ? index === 0 && !(column.key in totals)
          ? <Text fw={700} size="sm">Total</Text>
          : column.key in totals
            ? <Text fw={700} size="sm" ta={numeric ? 'right' : 'left'}>{formatReportValue(totals[column.key], column.kind, currency)}</Text>
            : null
        : undefined,
    };
  });

  if (explains) {
    tableColumns.push({
      accessor: 'why',
      title: <Text span size="sm" fw={700}>Why?</Text>,
      textAlign: 'right',
      render: (row) =>
        row.constituentId ? (
          <Button
            size="compact-xs"
            variant="light"
            aria-label={`Why is ${rowName(row)} in ${result?.title ?? 'this report'}?`}
            onClick={() => onWhy({ constituentId: row.constituentId!, name: rowName(row) })}
          >
            Why?
          </Button>
        ) : null,
    });
  }

  return (
    <DataTable<KeyedRow>
      aria-label={result ? `${result.title} rows` : 'Report rows'}
      withTableBorder
      borderRadius="md"
      striped
      highlightOnHover
      minHeight={rows.length > 0 ? undefined : 180}
      idAccessor="key"
      records={rows}
      columns={tableColumns}
      fetching={fetching && !result}
      noRecordsText={
        failed
          ? 'The report could not be run.'
          : result?.namesHidden
            ? 'Donor names are not shown to board members.'
            : 'Nobody and nothing matches these parameters.'
      }
      noRecordsIcon={<IconTable size={28} aria-hidden color="var(--mantine-color-gray-6)" />}
      {...pagingProps({
        total: result?.rowCount ?? 0,
        page: paging.page,
        size: paging.size,
        sizes: PAGE_SIZES,
        onPageChange,
        onSizeChange,
      })}
    />
  );
}
