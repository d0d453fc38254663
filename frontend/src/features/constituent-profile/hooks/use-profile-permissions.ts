import { hasAnyRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';

/**
 * What the signed-in user may do on a constituent's page: administrators and development officers
 * write; event coordinators read, log interactions and complete their own tasks; only
 * administrators undo merges.
 */
export function useProfilePermissions() {
  const session = useSession();
  const roles = session?.roles ?? [];
  return {
    username: session?.username ?? '',
    canWrite: hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER']),
    canLogInteractions: hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER', 'EVENT_COORDINATOR']),
    isAdmin: hasAnyRole(roles, ['ADMIN']),
  };
}
