import { Outlet } from 'react-router';

import { hasAnyRole, type Role } from '@/config/roles';
import { useSession } from '@/hooks/use-session';
import { ForbiddenRoute } from '@/app/routes/forbidden';

/** Shows the child route only to users with one of the roles (the API checks again). */
export function RequireRoles({ roles }: { roles: readonly Role[] }) {
  const session = useSession();
  if (!session || !hasAnyRole(session.roles, roles)) {
    return <ForbiddenRoute />;
  }
  return <Outlet />;
}
