import { ContentLayout } from '@/components/ui/content-layout';

// Placeholder until the page is built.
export function ConstituentProfilePage() {
  return <ContentLayout title="Constituent">{null}</ContentLayout>;
}
