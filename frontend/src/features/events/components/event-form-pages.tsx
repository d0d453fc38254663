import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { StaleVersionNotice } from '@/components/ui/stale-version-notice';
import { useVersionedEdit } from '@/hooks/use-versioned-edit';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import { useCreateEvent, useEvent, useUpdateEvent } from '@/features/events/api/events';
import { EventForm } from '@/features/events/components/event-form';
import { useEventPermissions } from '@/features/events/hooks/use-event-permissions';

function NotAllowed() {
  return (
    <ContentLayout title="Events">
      <Alert color="orange" variant="light" title="Your role can view events but not set them up">
        <Anchor component={Link} to="/events">
          Back to the events
        </Anchor>
      </Alert>
    </ContentLayout>
  );
}

/** `/events/new`: a new event starts as a draft. */
export function EventCreatePage() {
  const navigate = useNavigate();
  const create = useCreateEvent();
  const { canWrite } = useEventPermissions();
  if (!canWrite) return <NotAllowed />;
  return (
    <ContentLayout title="New event" description="It stays a draft until you publish it.">
      <EventForm
        submitLabel="Create event"
        onCancel={() => void navigate('/events')}
        onSubmit={async (request) => {
          const created = await create.mutateAsync(request);
          notifications.show({ color: 'green', message: `${created.title} was created as a draft.` });
          await navigate(`/events/${created.id}`);
        }}
      />
    </ContentLayout>
  );
}

/** `/events/:id/edit`: the set-up of an event, with the version read (409 when someone saved meanwhile). */
export function EventEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { canWrite } = useEventPermissions();
  const query = useEvent(id, { fresh: true });
  const update = useUpdateEvent(id);
  const { snapshot, stale, staleRef, loadingLatest, loadLatest, handlesProblem } = useVersionedEdit(query);

  if (!canWrite) return <NotAllowed />;
  if (!snapshot) {
    if (query.isError) {
      const notFound = isApiError(query.error) && query.error.status === 404;
      return (
        <ContentLayout title={notFound ? 'Event not found' : 'Edit event'}>
          <Alert color={notFound ? 'orange' : 'red'} variant="light" role="alert">
            <Stack gap="xs">
              <Text size="sm">
                {notFound ? 'There is no event at this address.' : 'The event could not be loaded. Try again in a moment.'}
              </Text>
              <Anchor component={Link} to="/events">
                Back to the events
              </Anchor>
            </Stack>
          </Alert>
        </ContentLayout>
      );
    }
    return <PageLoader />;
  }

  const event = snapshot;

  return (
    <ContentLayout
      title={`Edit ${event.title}`}
      description={`Last changed ${formatDateTime(event.updatedAt)} by ${event.updatedBy}`}
    >
      <EventForm
        key={`${event.id}:${event.version}`}
        event={event}
        submitLabel="Save changes"
        submitDisabled={stale}
        onCancel={() => void navigate(`/events/${event.id}`)}
        handlesProblem={handlesProblem}
        onSubmit={async (request) => {
          const saved = await update.mutateAsync(request);
          notifications.show({ color: 'green', message: `Changes to ${saved.title} saved.` });
          await navigate(`/events/${saved.id}`);
        }}
        notice={
          stale ? (
            <StaleVersionNotice
              ref={staleRef}
              kind="event"
              name={event.title}
              loading={loadingLatest}
              onLoadLatest={() => void loadLatest()}
            />
          ) : null
        }
      />
    </ContentLayout>
  );
}
