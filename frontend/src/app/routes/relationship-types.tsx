import { ContentLayout } from '@/components/ui/content-layout';
import { RelationshipTypesList } from '@/features/relationship-types/components/relationship-types-list';

export function RelationshipTypesRoute() {
  return (
    <ContentLayout
      title="Relationship types"
      description="The kinds of relationship staff can record between constituents. Built-in types cannot be changed."
    >
      <RelationshipTypesList />
    </ContentLayout>
  );
}
