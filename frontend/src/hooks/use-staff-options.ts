import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

/** `GET /api/staff`: enabled colleagues who work with constituents, by name. */
export type StaffMember = { username: string; displayName: string };

export const staffQueryKey = ['staff'] as const;

/** Staff to assign tasks to (or name as an interaction's staff member), as Select options. */
export function useStaffOptions(enabled = true) {
  return useQuery({
    queryKey: staffQueryKey,
    queryFn: ({ signal }) => apiRequest<StaffMember[]>('/api/staff', { signal }),
    select: (members) =>
      members.map((member) => ({ value: member.username, label: `${member.displayName} (${member.username})` })),
    enabled,
    staleTime: 5 * 60_000,
  });
}
