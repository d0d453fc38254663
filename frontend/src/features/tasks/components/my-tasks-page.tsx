import { ContentLayout } from '@/components/ui/content-layout';

// Placeholder until the page is built.
export function MyTasksPage() {
  return <ContentLayout title="My tasks">{null}</ContentLayout>;
}
