import { ContentLayout } from '@/components/ui/content-layout';
import { BoardDashboard } from '@/features/reports/components/board-dashboard';

/** `/reports/dashboard`: the board's home page, for staff who want to see what the board sees. */
export function DashboardPage() {
  return (
    <ContentLayout title="Board dashboard" description="What board members see on their home page.">
      <BoardDashboard headingLevel={null} />
    </ContentLayout>
  );
}
