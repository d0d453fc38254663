import { Alert, Anchor, Button, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { ConfirmModal } from '@/components/ui/confirm-modal';
import { ContentLayout } from '@/components/ui/content-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import { useCatalogue } from '@/features/reports/api/reports';
import { useDeleteSchedule, useRunNow, useRuns, useSchedule } from '@/features/reports/api/schedules';
import { RunHistory } from '@/features/reports/components/run-history';
import { scheduleWhen } from '@/features/reports/components/schedules-page';
import { useReportPermissions } from '@/features/reports/hooks/use-report-permissions';
import type { ReportDefinition, ReportParams } from '@/features/reports/types/reports';
import { CREDIT_BASIS_OPTIONS, FORMAT_LABELS, giftKindLabel, YEAR_BASIS_OPTIONS } from '@/features/reports/utils/labels';
import { reportPath } from '@/features/reports/utils/params';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** "Credit basis: Hard credit…; Gift kinds: One-time, In kind", in the catalogue's words. */
function describeParameters(params: ReportParams, definition: ReportDefinition | undefined): string {
  const entries = Object.entries(params);
  if (entries.length === 0) return 'The report’s defaults';
  return entries
    .map(([name, value]) => {
      const label = definition?.parameters.find((parameter) => parameter.name === name)?.label ?? name;
      const shown =
        name === 'kinds'
          ? value.split(',').map(giftKindLabel).join(', ')
          : name === 'creditBasis'
            ? (CREDIT_BASIS_OPTIONS.find((option) => option.value === value)?.label ?? value)
            : name === 'yearBasis'
              ? (YEAR_BASIS_OPTIONS.find((option) => option.value === value)?.label ?? value)
              : value;
      return `${label}: ${shown}`;
    })
    .join('; ');
}

/** `/reports/schedules/:id`: a schedule, "Run now", and its runs with their files. */
export function SchedulePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const schedule = useSchedule(id);
  const runs = useRuns(id);
  const catalogue = useCatalogue();
  const permissions = useReportPermissions();
  const runNow = useRunNow(id);
  const remove = useDeleteSchedule();
  const [confirming, setConfirming] = useState(false);

  if (schedule.isPending) return <PageLoader />;
  if (schedule.isError) {
    const notFound = isApiError(schedule.error) && schedule.error.status === 404;
    return (
      <ContentLayout title={notFound ? 'Schedule not found' : 'Schedule'}>
        <Alert color={notFound ? 'orange' : 'red'} variant="light" role="alert">
          {notFound ? 'There is no schedule at this address.' : 'The schedule could not be loaded.'}{' '}
          <Anchor component={Link} to="/reports/schedules">
            All schedules
          </Anchor>
        </Alert>
      </ContentLayout>
    );
  }

  const current = schedule.data;
  const definition = catalogue.data?.find((report) => report.name === current.report);
  const manage = permissions.canManage(current);

  return (
    <ContentLayout
      title={current.name}
      description={`${definition?.title ?? current.report} · ${FORMAT_LABELS[current.format] ?? current.format}`}
      actions={
        manage ? (
          <Group gap="xs">
            <Button
              leftSection={<IconPlayerPlay size={18} aria-hidden />}
              loading={runNow.isPending}
              onClick={() =>
                runNow.mutate(undefined, {
                  onSuccess: () => notifications.show({ color: 'green', message: 'The run has started; it is listed under Runs.' }),
                })
              }
            >
              Run now
            </Button>
            <Button component={Link} to={`/reports/schedules/${current.id}/edit`} variant="default" leftSection={<IconPencil size={18} aria-hidden />}>
              Edit
            </Button>
            <Button variant="default" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setConfirming(true)}>
              Delete
            </Button>
          </Group>
        ) : null
      }
    >
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="schedule-details">
        <Title order={2} size="h4" id="schedule-details" mb="sm">
          Details
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="sm" component="dl" m={0}>
          <Detail label="Report">
            <Anchor component={Link} to={reportPath(current.report, current.parameters)} size="sm">
              {definition?.title ?? current.report}
            </Anchor>
          </Detail>
          <Detail label="Parameters">{describeParameters(current.parameters, definition)}</Detail>
          <Detail label="When">
            {scheduleWhen(current)} <Code>{current.cron}</Code>
          </Detail>
          <Detail label="Next run">{current.enabled ? formatDateTime(current.nextRunAt) : 'Paused: no run is planned'}</Detail>
          <Detail label="Email to">{current.recipients.length > 0 ? current.recipients.join(', ') : 'Nobody: the runs are kept here'}</Detail>
          <Detail label="Owner">{current.owner}</Detail>
        </SimpleGrid>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="schedule-runs">
        <Title order={2} size="h4" id="schedule-runs">
          Runs
        </Title>
        <RunHistory runs={runs.data} fetching={runs.isFetching} failed={runs.isError} />
      </Stack>

      <ConfirmModal
        opened={confirming}
        title="Delete this schedule?"
        confirmLabel="Delete schedule"
        loading={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(current.id, {
            onSuccess: () => {
              notifications.show({ color: 'green', message: `${current.name} was deleted.` });
              void navigate('/reports/schedules');
            },
            onSettled: () => setConfirming(false),
          })
        }
      >
        {current.name} stops running. Its past runs and their files go with it.
      </ConfirmModal>
    </ContentLayout>
  );
}
