import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';

import { usePageTitle } from '@/hooks/use-page-title';
import { useSession } from '@/hooks/use-session';
import { hasAnyRole } from '@/config/roles';
import { homeEntry, visibleNavigation } from '@/app/navigation';
import { useMe } from '@/features/auth/api/get-me';
import { HomeDashboard } from '@/features/home/components/home-dashboard';
import { BoardDashboardLink } from '@/features/reports/components/board-dashboard-link';

// The dashboard brings the chart library: loaded only for the board's home page.
const BoardDashboard = lazy(() =>
  import('@/features/reports/components/board-dashboard').then((module) => ({ default: module.BoardDashboard })),
);

export function HomeRoute() {
  usePageTitle('Home');
  const session = useSession();
  const me = useMe();
  const roles = session?.roles ?? [];
  const destinations = visibleNavigation(roles).filter((entry) => entry !== homeEntry);
  return (
    <HomeDashboard
      displayName={me.data?.displayName ?? session?.username ?? ''}
      roles={roles}
      destinations={destinations}
      highlights={
        // The board's home is its dashboard; the staff who report to the board get a way to it.
        hasAnyRole(roles, ['BOARD_MEMBER']) ? (
          <Suspense fallback={<Skeleton height={320} aria-label="Loading the board dashboard" />}>
            <BoardDashboard />
          </Suspense>
        ) : hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER']) ? (
          <BoardDashboardLink />
        ) : null
      }
    />
  );
}
