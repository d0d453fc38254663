import { hasAnyRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';

/**
 * What the signed-in user may do with events (the API checks again): administrators and event coordinators write;
 * development officers read everything, registrations included; board members see events and counts only.
 */
export function useEventPermissions() {
  const roles = useSession()?.roles ?? [];
  return {
    canWrite: hasAnyRole(roles, ['ADMIN', 'EVENT_COORDINATOR']),
    canSeeRegistrations: hasAnyRole(roles, ['ADMIN', 'EVENT_COORDINATOR', 'DEVELOPMENT_OFFICER']),
  };
}
