import { ContentLayout } from '@/components/ui/content-layout';

// Placeholder until the page is built.
export function ConstituentEditPage() {
  return <ContentLayout title="Edit constituent">{null}</ContentLayout>;
}
