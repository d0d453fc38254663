import { ContentLayout } from '@/components/ui/content-layout';

// Placeholder until the page is built.
export function DuplicatesPage() {
  return <ContentLayout title="Possible duplicates">{null}</ContentLayout>;
}
