import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { isApiError } from '@/lib/api-client';
import { browserTimeZone } from '@/utils/time-zones';
import { useCatalogue } from '@/features/reports/api/reports';
import { useSaveSchedule, useSchedule } from '@/features/reports/api/schedules';
import { ScheduleForm } from '@/features/reports/components/schedule-form';
import { useReportPermissions } from '@/features/reports/hooks/use-report-permissions';
import type { ReportSchedule } from '@/features/reports/types/reports';
import { readReportParams } from '@/features/reports/utils/params';

const STALE_VERSION_CODE = 'common.stale-version';

function NotAllowed() {
  return (
    <ContentLayout title="Report schedules">
      <Alert color="orange" variant="light" title="Your role can see schedules but not set them up">
        <Anchor component={Link} to="/reports/schedules">
          Back to the schedules
        </Anchor>
      </Alert>
    </ContentLayout>
  );
}

/** `/reports/schedules/new`, optionally `?report=lybunt&creditBasis=…` from a report page's "Schedule". */
export function ScheduleCreatePage() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const catalogue = useCatalogue();
  const save = useSaveSchedule();
  const permissions = useReportPermissions();
  const defaults = useMemo(() => {
    const { report, ...parameters } = readReportParams(search);
    const { asOf: _ignored, ...kept } = parameters;
    return { report, parameters: kept, timeZone: browserTimeZone() };
  }, [search]);

  if (!permissions.canSchedule) return <NotAllowed />;
  if (catalogue.isPending) return <PageLoader />;
  return (
    <ContentLayout title="New schedule" description="A report sent by email at set times.">
      <ScheduleForm
        catalogue={permissions.visibleReports(catalogue.data ?? [])}
        defaults={defaults}
        submitLabel="Create schedule"
        onCancel={() => void navigate('/reports/schedules')}
        onSubmit={async (request) => {
          const created = await save.mutateAsync(request);
          notifications.show({ color: 'green', message: `${created.name} is scheduled.` });
          await navigate(`/reports/schedules/${created.id}`);
        }}
      />
    </ContentLayout>
  );
}

/** `/reports/schedules/:id/edit`, with the version read (409 when someone saved meanwhile). */
export function ScheduleEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const permissions = useReportPermissions();
  const catalogue = useCatalogue();
  const query = useSchedule(id, { fresh: true });
  const save = useSaveSchedule(id);
  const [snapshot, setSnapshot] = useState<ReportSchedule | null>(null);
  if (query.data && query.isFetchedAfterMount && (!snapshot || snapshot.id !== query.data.id)) {
    setSnapshot(query.data);
  }
  const [stale, setStale] = useState(false);
  const [loadingLatest, setLoadingLatest] = useState(false);
  const staleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);

  if (!permissions.canSchedule) return <NotAllowed />;
  if (!snapshot || catalogue.isPending) {
    if (query.isError) {
      const notFound = isApiError(query.error) && query.error.status === 404;
      return (
        <ContentLayout title={notFound ? 'Schedule not found' : 'Edit schedule'}>
          <Alert color={notFound ? 'orange' : 'red'} variant="light" role="alert">
            {notFound ? 'There is no schedule at this address.' : 'The schedule could not be loaded.'}{' '}
            <Anchor component={Link} to="/reports/schedules">
              All schedules
            </Anchor>
          </Alert>
        </ContentLayout>
      );
    }
    return <PageLoader />;
  }
  if (!permissions.canManage(snapshot)) return <NotAllowed />;

  const schedule = snapshot;
  const loadLatest = async () => {
    setLoadingLatest(true);
    try {
      const result = await query.refetch();
      if (result.data) {
        setSnapshot(result.data);
        setStale(false);
        notifications.show({ message: 'The latest version is loaded. Make your changes again.' });
      }
    } finally {
      setLoadingLatest(false);
    }
  };

  return (
    <ContentLayout title={`Edit ${schedule.name}`}>
      <ScheduleForm
        key={`${schedule.id}:${schedule.version}`}
        catalogue={permissions.visibleReports(catalogue.data ?? [])}
        schedule={schedule}
        defaults={{ timeZone: browserTimeZone() }}
        submitLabel="Save changes"
        submitDisabled={stale}
        onCancel={() => void navigate(`/reports/schedules/${schedule.id}`)}
        handlesProblem={(problem) => {
          if (problem.code !== STALE_VERSION_CODE && problem.status !== 409) return false;
          setStale(true);
          return true;
        }}
        onSubmit={async (request) => {
          const saved = await save.mutateAsync(request);
          notifications.show({ color: 'green', message: `Changes to ${saved.name} saved.` });
          await navigate(`/reports/schedules/${saved.id}`);
        }}
        notice={
          stale ? (
            <Alert
              ref={staleRef}
              tabIndex={-1}
              color="orange"
              variant="light"
              role="alert"
              icon={<IconAlertTriangle size={20} aria-hidden />}
              title="Someone else changed this schedule"
            >
              <Stack gap="sm">
                <Text size="sm">
                  While you were editing, someone saved a newer version of {schedule.name}. Your changes have not been
                  saved. Load the latest version, then make your changes again.
                </Text>
                <Group>
                  <Button leftSection={<IconRefresh size={18} aria-hidden />} loading={loadingLatest} onClick={() => void loadLatest()}>
                    Load latest
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : null
        }
      />
    </ContentLayout>
  );
}
