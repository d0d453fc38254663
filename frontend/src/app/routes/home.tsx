import { usePageTitle } from '@/hooks/use-page-title';
import { useSession } from '@/hooks/use-session';
import { hasAnyRole } from '@/config/roles';
import { homeEntry, visibleNavigation } from '@/app/navigation';
import { useMe } from '@/features/auth/api/get-me';
import { HomeDashboard } from '@/features/home/components/home-dashboard';
import { BoardDashboard, BoardDashboardLink } from '@/features/reports/components/board-dashboard';

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
          <BoardDashboard />
        ) : hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER']) ? (
          <BoardDashboardLink />
        ) : null
      }
    />
  );
}
