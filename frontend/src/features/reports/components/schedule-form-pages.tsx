import { Alert, Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { StaleVersionNotice } from '@/components/ui/stale-version-notice';
import { useVersionedEdit } from '@/hooks/use-versioned-edit';
import { isApiError } from '@/lib/api-client';
import { browserTimeZone } from '@/utils/time-zones';
import { useCatalogue } from '@/features/reports/api/reports';
import { useSaveSchedule, useSchedule } from '@/features/reports/api/schedules';
import { ScheduleForm } from '@/features/reports/components/schedule-form';
import { useReportPermissions } from '@/features/reports/hooks/use-report-permissions';
import { readReportParams } from '@/features/reports/utils/params';

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
  const { snapshot, stale, staleRef, loadingLatest, loadLatest, handlesProblem } = useVersionedEdit(query);

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
        handlesProblem={handlesProblem}
        onSubmit={async (request) => {
          const saved = await save.mutateAsync(request);
          notifications.show({ color: 'green', message: `Changes to ${saved.name} saved.` });
          await navigate(`/reports/schedules/${saved.id}`);
        }}
        notice={
          stale ? (
            <StaleVersionNotice
              ref={staleRef}
              kind="schedule"
              name={schedule.name}
              loading={loadingLatest}
              onLoadLatest={() => void loadLatest()}
            />
          ) : null
        }
      />
    </ContentLayout>
  );
}
