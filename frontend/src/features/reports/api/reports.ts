import { useMutation, useQuery } from '@tanstack/react-query';

import { apiDownload, apiRequest } from '@/lib/api-client';
import { saveFile } from '@/utils/save-file';
import type { ReportDefinition, ReportParams, ReportResult, WhyAnswer } from '@/features/reports/types/reports';
import { apiQuery, type Paging } from '@/features/reports/utils/params';

/** Every query of the report pages starts with `['reports']`. */
export const reportKeys = {
  all: ['reports'] as const,
  catalogue: ['reports', 'catalogue'] as const,
  result: (name: string, params: ReportParams, paging: Paging) => ['reports', 'result', name, params, paging] as const,
  why: (name: string, params: ReportParams, constituentId: string) =>
    ['reports', 'why', name, params, constituentId] as const,
};

const reportUrl = (name: string) => `/api/reports/${encodeURIComponent(name)}`;

/** The catalogue: every report this user may run, with its definition and parameters. */
export function useCatalogue() {
  return useQuery({
    queryKey: reportKeys.catalogue,
    queryFn: ({ signal }) => apiRequest<ReportDefinition[]>('/api/reports', { signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * One page of a report. Silent: the page shows the problem itself (a parameter the server refuses is shown on its
 * field).
 */
export function useReport(name: string, params: ReportParams, paging: Paging, { enabled = true } = {}) {
  return useQuery({
    queryKey: reportKeys.result(name, params, paging),
    queryFn: ({ signal }) =>
      apiRequest<ReportResult>(reportUrl(name), {
        query: { ...apiQuery(params, paging), format: 'json' },
        signal,
        silent: true,
      }).then(asSent),
    // While the next page or other parameters load, the rows shown stay; another report never stands in.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === name ? previous : undefined),
    enabled: enabled && !!name,
  });
}

type Value = string | number | null | undefined;

const text = (value: Value): string | null => (value === null || value === undefined ? null : String(value));

const texts = (values: Record<string, Value> | null | undefined): Record<string, string | null> | null =>
  values === null || values === undefined
    ? null
    : Object.fromEntries(Object.entries(values).map(([key, value]) => [key, text(value)]));

/**
 * A report's values as the page reads them, each a string: the API sends money, fractions and dates as strings (exact)
 * but counts as JSON numbers, and leaves out what is null (no totals, no chart).
 */
export function asSent(result: ReportResult): ReportResult {
  return {
    ...result,
    rows: result.rows.map((row) => ({ ...row, values: texts(row.values) ?? {} })),
    totals: texts(result.totals),
    summary: (result.summary ?? []).map((figure) => ({ ...figure, value: text(figure.value) })),
    chart: result.chart && {
      ...result.chart,
      series: result.chart.series.map((entry) => ({ ...entry, values: entry.values.map(text) })),
    },
  };
}

/** The gifts that put one donor in the list, for the same parameters. */
export function useWhy(name: string, params: ReportParams, constituentId: string | null) {
  return useQuery({
    queryKey: reportKeys.why(name, params, constituentId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<WhyAnswer>(`${reportUrl(name)}/why`, {
        query: { ...apiQuery(params), constituentId: constituentId ?? '' },
        signal,
        silent: true,
      }),
    enabled: !!name && !!constituentId,
  });
}

export type ExportFormat = 'xlsx' | 'pdf';

const ACCEPT: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** Downloads the whole report (every row) as Excel or PDF with the page's parameters, and hands it to the browser. */
export function useDownloadReport(name: string) {
  return useMutation({
    mutationFn: async ({ format, params }: { format: ExportFormat; params: ReportParams }) => {
      const file = await apiDownload(reportUrl(name), {
        query: { ...apiQuery(params), format },
        accept: ACCEPT[format],
      });
      saveFile(file.blob, file.fileName ?? `${name}.${format}`);
      return file;
    },
  });
}
