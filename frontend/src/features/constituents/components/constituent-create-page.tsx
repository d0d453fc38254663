import { ContentLayout } from '@/components/ui/content-layout';

// Placeholder until the page is built.
export function ConstituentCreatePage() {
  return <ContentLayout title="New constituent">{null}</ContentLayout>;
}
