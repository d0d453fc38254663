import { Badge, Button, Group, Text } from '@mantine/core';
import { IconDownload, IconHistory } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';

import { formatDateTime } from '@/utils/format';
import { useDownloadRunFile } from '@/features/reports/api/schedules';
import type { ReportRun } from '@/features/reports/types/reports';
import { formatBytes, formatDuration, formatInteger } from '@/features/reports/utils/format';
import { fileFormatLabel, RUN_STATUS_COLORS, RUN_STATUS_LABELS } from '@/features/reports/utils/labels';

/** Whether the run's files are past their retention period (the server then answers 410). */
export function isExpired(run: Pick<ReportRun, 'expiresAt'>, now = Date.now()): boolean {
  return !!run.expiresAt && Date.parse(run.expiresAt) <= now;
}

export function RunStatusBadge({ run }: { run: Pick<ReportRun, 'status'> }) {
  return (
    <Badge size="sm" variant="light" color={RUN_STATUS_COLORS[run.status] ?? 'gray'} style={{ minWidth: 'max-content' }}>
      {RUN_STATUS_LABELS[run.status] ?? run.status}
    </Badge>
  );
}

function RunFiles({ run }: { run: ReportRun }) {
  const download = useDownloadRunFile();
  if (run.files.length === 0) return <Text size="sm" c="dimmed">—</Text>;
  if (isExpired(run)) {
    return (
      <Badge size="sm" variant="outline" color="gray" style={{ minWidth: 'max-content' }}>
        Expired
      </Badge>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      {run.files.map((file) => (
        <Button
          key={file.format}
          size="compact-xs"
          variant="light"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={download.isPending && download.variables?.format === file.format}
          aria-label={`Download ${fileFormatLabel(file.format)} of the run for ${formatDateTime(run.scheduledFor ?? run.startedAt)} (${formatBytes(file.size)})`}
          onClick={() => download.mutate({ runId: run.id, format: file.format, fileName: file.fileName })}
        >
          {fileFormatLabel(file.format)}
        </Button>
      ))}
    </Group>
  );
}

/** A schedule's runs, newest first: status, when, how long, how many rows, the error, and the files while kept. */
export function RunHistory({ runs, fetching, failed }: { runs: ReportRun[] | undefined; fetching: boolean; failed: boolean }) {
  return (
    <DataTable<ReportRun>
      aria-label="Runs"
      withTableBorder
      borderRadius="md"
      striped
      minHeight={runs && runs.length > 0 ? undefined : 160}
      idAccessor="id"
      records={runs ?? []}
      fetching={fetching && !runs}
      noRecordsText={failed ? 'The runs could not be loaded.' : 'No run yet.'}
      noRecordsIcon={<IconHistory size={28} aria-hidden color="var(--mantine-color-gray-6)" />}
      columns={[
        { accessor: 'status', title: 'Status', render: (run) => <RunStatusBadge run={run} /> },
        {
          accessor: 'scheduledFor',
          title: 'Scheduled for',
          noWrap: true,
          render: (run) => formatDateTime(run.scheduledFor ?? run.startedAt),
        },
        {
          accessor: 'durationMs',
          title: 'Duration',
          textAlign: 'right',
          noWrap: true,
          render: (run) => (run.status === 'RUNNING' ? 'Running…' : formatDuration(run.durationMs)),
        },
        {
          accessor: 'rowCount',
          title: 'Rows',
          textAlign: 'right',
          render: (run) => (run.rowCount === null ? '—' : formatInteger(String(run.rowCount))),
        },
        { accessor: 'attempt', title: 'Attempt', textAlign: 'right' },
        {
          accessor: 'files',
          title: 'Files',
          render: (run) => <RunFiles run={run} />,
        },
        {
          accessor: 'error',
          title: 'Error',
          render: (run) =>
            run.error ? (
              <Text size="sm" c="red.8" style={{ minWidth: 200 }}>
                {run.error}
              </Text>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
