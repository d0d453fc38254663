import { Anchor, Badge, Button, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconCalendarRepeat } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { formatDateTime } from '@/utils/format';
import { useCatalogue } from '@/features/reports/api/reports';
import { useSchedules } from '@/features/reports/api/schedules';
import { ReportSettingsCard } from '@/features/reports/components/report-settings-card';
import { RunStatusBadge } from '@/features/reports/components/run-history';
import { useReportPermissions } from '@/features/reports/hooks/use-report-permissions';
import type { ReportSchedule } from '@/features/reports/types/reports';
import { describeCron } from '@/features/reports/utils/cron';
import { FORMAT_LABELS } from '@/features/reports/utils/labels';

/** "At 07:00, only on Monday (America/New_York)", or the expression itself when it does not read. */
export function scheduleWhen(schedule: Pick<ReportSchedule, 'cron' | 'timeZone'>): string {
  return `${describeCron(schedule.cron) ?? schedule.cron} (${schedule.timeZone})`;
}

/** `/reports/schedules`: every schedule, when it runs next and how its last run went; the board's names setting. */
export function SchedulesPage() {
  const schedules = useSchedules();
  const catalogue = useCatalogue();
  const permissions = useReportPermissions();
  const titles = new Map((catalogue.data ?? []).map((report) => [report.name, report.title]));

  return (
    <ContentLayout
      title="Report schedules"
      description="Reports sent by email at set times, as Excel or PDF; every run is kept here to download for a while."
      actions={
        permissions.canSchedule ? (
          <Button component={Link} to="/reports/schedules/new" leftSection={<IconCalendarPlus size={18} aria-hidden />}>
            New schedule
          </Button>
        ) : null
      }
    >
      {!permissions.canSchedule ? (
        <Text size="sm" c="dimmed">
          Administrators and board members set schedules up; you can see them and their runs.
        </Text>
      ) : null}
      <DataTable<ReportSchedule>
        aria-label="Schedules"
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={schedules.data && schedules.data.length > 0 ? undefined : 180}
        idAccessor="id"
        records={schedules.data ?? []}
        fetching={schedules.isPending}
        noRecordsText={schedules.isError ? 'The schedules could not be loaded.' : 'No schedule yet.'}
        noRecordsIcon={<IconCalendarRepeat size={28} aria-hidden color="var(--mantine-color-gray-6)" />}
        columns={[
          {
            accessor: 'name',
            title: 'Name',
            render: (schedule) => (
              <Stack gap={2}>
                <Anchor component={Link} to={`/reports/schedules/${schedule.id}`} size="sm" fw={600}>
                  {schedule.name}
                </Anchor>
                {!schedule.enabled ? (
                  <Badge size="xs" variant="outline" color="gray" style={{ minWidth: 'max-content' }}>
                    Paused
                  </Badge>
                ) : null}
              </Stack>
            ),
          },
          { accessor: 'report', title: 'Report', render: (schedule) => titles.get(schedule.report) ?? schedule.report },
          { accessor: 'format', title: 'Format', noWrap: true, render: (schedule) => FORMAT_LABELS[schedule.format] ?? schedule.format },
          { accessor: 'cron', title: 'When', render: (schedule) => <Text size="sm" style={{ minWidth: 160 }}>{scheduleWhen(schedule)}</Text> },
          {
            accessor: 'nextRunAt',
            title: 'Next run',
            noWrap: true,
            render: (schedule) => (schedule.enabled ? formatDateTime(schedule.nextRunAt) : '—'),
          },
          {
            accessor: 'lastRun',
            title: 'Last run',
            render: (schedule) => (schedule.lastRun ? <RunStatusBadge run={schedule.lastRun} /> : '—'),
          },
          { accessor: 'owner', title: 'Owner' },
        ]}
      />
      {permissions.isAdmin ? <ReportSettingsCard /> : null}
    </ContentLayout>
  );
}
