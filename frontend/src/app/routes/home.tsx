import { usePageTitle } from '@/hooks/use-page-title';
import { useSession } from '@/hooks/use-session';
import { hasAnyRole } from '@/config/roles';
import { homeEntry, visibleNavigation } from '@/app/navigation';
import { useMe } from '@/features/auth/api/get-me';
import { BoardGivingCard } from '@/features/donations/components/board-giving-card';
import { HomeDashboard } from '@/features/home/components/home-dashboard';

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
      highlights={hasAnyRole(roles, ['BOARD_MEMBER']) ? <BoardGivingCard /> : null}
    />
  );
}
