import { hasAnyRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';

/**
 * What the signed-in user may do with constituents (the API checks again): development officers
 * and administrators write, event coordinators only read, only administrators restore.
 */
export function useConstituentPermissions() {
  const roles = useSession()?.roles ?? [];
  return {
    canWrite: hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER']),
    isAdmin: hasAnyRole(roles, ['ADMIN']),
    /** Notes and birth dates (the API leaves them out for other roles: FieldVisibility). */
    seesNotes: hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER']),
  };
}
