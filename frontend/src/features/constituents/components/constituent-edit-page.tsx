import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconTrash, IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { DISCARD_CHANGES_STATE } from '@/hooks/use-unsaved-changes-guard';
import { PageLoader } from '@/components/ui/page-loader';
import { StaleVersionNotice } from '@/components/ui/stale-version-notice';
import { useVersionedEdit } from '@/hooks/use-versioned-edit';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import { useConstituent } from '@/features/constituents/api/get-constituent';
import { useRestoreConstituent } from '@/features/constituents/api/delete-constituent';
import { useUpdateConstituent } from '@/features/constituents/api/save-constituent';
import { ConstituentForm } from '@/features/constituents/components/constituent-form';
import { DeleteConstituentModal } from '@/features/constituents/components/delete-constituent-modal';
import { useConstituentPermissions } from '@/features/constituents/hooks/use-constituent-permissions';
import { NoticeAlert } from '@/components/ui/notice-alert';

function BackLink() {
  return (
    <Anchor component={Link} to="/constituents">
      Back to the constituents
    </Anchor>
  );
}

/** `/constituents/:id/edit`: edit, delete, and (administrators) restore a deleted constituent. */
export function ConstituentEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { canWrite, isAdmin } = useConstituentPermissions();
  const query = useConstituent(id, { includeDeleted: isAdmin, fresh: true });
  const updateConstituent = useUpdateConstituent();
  const restoreConstituent = useRestoreConstituent();

  // The form edits the version it was loaded with; a newer one replaces it only when the user asks.
  const { snapshot, replace, stale, staleRef, loadingLatest, loadLatest, handlesProblem } = useVersionedEdit(query);
  const [deleting, setDeleting] = useState(false);

  if (!snapshot) {
    if (query.isError) {
      const notFound = isApiError(query.error) && query.error.status === 404;
      return (
        <ContentLayout title={notFound ? 'Constituent not found' : 'Edit constituent'}>
          <NoticeAlert color={notFound ? 'orange' : 'red'} role="alert">
            <Stack gap="xs">
              <Text size="sm">
                {notFound
                  ? 'There is no constituent at this address. It may have been deleted or merged into another record.'
                  : 'The constituent could not be loaded. Try again in a moment.'}
              </Text>
              <BackLink />
            </Stack>
          </NoticeAlert>
        </ContentLayout>
      );
    }
    return <PageLoader />;
  }

  const constituent = snapshot;

  if (constituent.deleted) {
    return (
      <ContentLayout title={constituent.displayName} description="Deleted constituent">
        <NoticeAlert color="red" icon={<IconTrash size={20} aria-hidden />} title="This constituent is deleted">
          <Stack gap="sm">
            <Text size="sm">
              Deleted {formatDateTime(constituent.deletedAt, '')}. It no longer appears in searches.
              {constituent.mergedInto ? (
                <>
                  {' '}It was merged into{' '}
                  <Anchor component={Link} to={`/constituents/${constituent.mergedInto}`}>
                    another constituent
                  </Anchor>
                  .
                </>
              ) : null}
            </Text>
            <Group gap="sm">
              {isAdmin && !constituent.mergedInto ? (
                <Button
                  leftSection={<IconArrowBackUp size={18} aria-hidden />}
                  loading={restoreConstituent.isPending}
                  onClick={() =>
                    restoreConstituent.mutate(constituent.id, {
                      onSuccess: (restored) => {
                        replace(restored);
                        notifications.show({ color: 'green', message: `${restored.displayName} was restored.` });
                      },
                    })
                  }
                >
                  Restore
                </Button>
              ) : null}
              <BackLink />
            </Group>
          </Stack>
        </NoticeAlert>
      </ContentLayout>
    );
  }

  if (!canWrite) {
    return (
      <ContentLayout title={constituent.displayName}>
        <NoticeAlert color="orange" title="Your role can view constituents but not change them">
          <Anchor component={Link} to={`/constituents/${constituent.id}`}>
            Open the profile of {constituent.displayName}
          </Anchor>
        </NoticeAlert>
      </ContentLayout>
    );
  }

  return (
    <ContentLayout
      title={`Edit ${constituent.displayName}`}
      description={`Last changed ${formatDateTime(constituent.updatedAt)} by ${constituent.updatedBy}`}
      actions={
        <Group gap="sm">
          <Button
            component={Link}
            to={`/constituents/${constituent.id}`}
            variant="default"
            leftSection={<IconUser size={18} aria-hidden />}
          >
            View profile
          </Button>
          <Button
            variant="outline"
            color="red"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={() => setDeleting(true)}
          >
            Delete
          </Button>
        </Group>
      }
    >
      <ConstituentForm
        key={`${constituent.id}:${constituent.version}`}
        constituent={constituent}
        submitLabel="Save changes"
        submitDisabled={stale}
        onCancel={() => void navigate(`/constituents/${constituent.id}`)}
        handlesProblem={handlesProblem}
        onSubmit={async (request) => {
          const saved = await updateConstituent.mutateAsync({ id: constituent.id, request });
          notifications.show({ color: 'green', message: `Changes to ${saved.displayName} saved.` });
          await navigate(`/constituents/${saved.id}`);
        }}
        notice={
          stale ? (
            <StaleVersionNotice
              ref={staleRef}
              kind="constituent"
              name={constituent.displayName}
              loading={loadingLatest}
              onLoadLatest={() => void loadLatest()}
            />
          ) : null
        }
      />
      <DeleteConstituentModal
        constituent={constituent}
        opened={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          notifications.show({ color: 'green', message: `${constituent.displayName} was deleted.` });
          void navigate('/constituents', { state: DISCARD_CHANGES_STATE });
        }}
      />
    </ContentLayout>
  );
}
