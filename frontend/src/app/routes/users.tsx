import { ContentLayout } from '@/components/ui/content-layout';
import { UsersList } from '@/features/users/components/users-list';

export function UsersRoute() {
  return (
    <ContentLayout title="Users" description="Who can sign in to Steward, and what they may do.">
      <UsersList />
    </ContentLayout>
  );
}
