import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';

/** `GET /api/staff`: enabled colleagues who work with constituents, by name. */
export type StaffMember = { username: string; displayName: string };

/** Staff to assign follow-up tasks to, as Select options. */
export function useStaffOptions(enabled = true) {
  return useQuery({
    queryKey: profileQueryKeys.staff,
    queryFn: ({ signal }) => apiRequest<StaffMember[]>('/api/staff', { signal }),
    select: (members) =>
      members.map((member) => ({ value: member.username, label: `${member.displayName} (${member.username})` })),
    enabled,
    staleTime: 5 * 60_000,
  });
}
