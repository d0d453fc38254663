import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { useCreateConstituent } from '@/features/constituents/api/save-constituent';
import { ConstituentForm } from '@/features/constituents/components/constituent-form';
import { useConstituentPermissions } from '@/features/constituents/hooks/use-constituent-permissions';
import { isConstituentType } from '@/features/constituents/types/constituent';
import { NoticeAlert } from '@/components/ui/notice-alert';

/** `/constituents/new` (`?type=ORGANIZATION` starts with another type). */
export function ConstituentCreatePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { canWrite } = useConstituentPermissions();
  const createConstituent = useCreateConstituent();
  const type = params.get('type');

  if (!canWrite) {
    return (
      <ContentLayout title="New constituent">
        <NoticeAlert color="orange" title="Your role cannot add constituents">
          Ask a development officer or an administrator.{' '}
          <Anchor component={Link} to="/constituents">
            Back to the constituents
          </Anchor>
        </NoticeAlert>
      </ContentLayout>
    );
  }

  return (
    <ContentLayout title="New constituent" description="An individual, an organization or a household.">
      <ConstituentForm
        initialType={isConstituentType(type) ? type : 'INDIVIDUAL'}
        submitLabel="Create constituent"
        onCancel={() => void navigate('/constituents')}
        onSubmit={async (request) => {
          const created = await createConstituent.mutateAsync(request);
          notifications.show({ color: 'green', message: `${created.displayName} was added.` });
          await navigate(`/constituents/${created.id}`);
        }}
      />
    </ContentLayout>
  );
}
