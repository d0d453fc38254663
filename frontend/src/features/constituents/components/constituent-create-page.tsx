import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import {
  checkDuplicates,
  type LikelyDuplicate,
  useCreateConstituent,
} from '@/features/constituents/api/save-constituent';
import { LikelyDuplicatesNotice } from '@/features/constituents/components/likely-duplicates-notice';
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
  const [likely, setLikely] = useState<LikelyDuplicate[]>([]);
  const saveAnyway = useRef(false);
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
          // First look for the record already being there; "Save anyway" submits again past the check.
          if (!saveAnyway.current) {
            const candidates = await checkDuplicates(request);
            if (candidates.length > 0) {
              setLikely(candidates);
              return;
            }
          }
          saveAnyway.current = false;
          const created = await createConstituent.mutateAsync(request);
          notifications.show({ color: 'green', message: `${created.displayName} was added.` });
          await navigate(`/constituents/${created.id}`);
        }}
        notice={
          likely.length > 0 ? (
            <LikelyDuplicatesNotice
              candidates={likely}
              saving={createConstituent.isPending}
              onSaveAnyway={() => {
                saveAnyway.current = true;
              }}
            />
          ) : null
        }
      />
    </ContentLayout>
  );
}
