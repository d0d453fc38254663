import { useQuery } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';

type StaffUser = { username: string; displayName: string; enabled: boolean };

/**
 * Staff to assign follow-up tasks to. Only administrators may list users (`/api/users`); there is
 * no staff directory for other roles, so they assign follow-ups to themselves.
 */
export function useStaffOptions(enabled: boolean) {
  return useQuery({
    queryKey: profileQueryKeys.staff,
    queryFn: ({ signal }) => apiRequest<Page<StaffUser>>('/api/users', { query: { page: 0, size: 200 }, signal }),
    select: (page) =>
      page.items
        .filter((user) => user.enabled)
        .map((user) => ({ value: user.username, label: `${user.displayName} (${user.username})` })),
    enabled,
    staleTime: 5 * 60_000,
  });
}
