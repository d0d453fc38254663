import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';
import type { Household, HouseholdMembership, HouseholdRole } from '@/features/constituent-profile/types/profile';

export function useHouseholdHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: profileQueryKeys.householdHistory(id),
    queryFn: ({ signal }) =>
      apiRequest<HouseholdMembership[]>(`/api/constituents/${encodeURIComponent(id)}/household-history`, {
        signal,
      }),
    enabled,
  });
}

/** Membership changes touch the household and its members: refresh every constituent view. */
function useInvalidateConstituents() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['constituent'] });
}

export function useAddHouseholdMember() {
  const invalidate = useInvalidateConstituents();
  return useMutation({
    mutationFn: ({ householdId, memberId, role }: { householdId: string; memberId: string; role?: HouseholdRole | null }) =>
      apiRequest<Household>(`/api/constituents/${encodeURIComponent(householdId)}/members`, {
        method: 'POST',
        body: role ? { memberId, role } : { memberId },
      }),
    onSuccess: invalidate,
  });
}

export function useRemoveHouseholdMember() {
  const invalidate = useInvalidateConstituents();
  return useMutation({
    mutationFn: ({ householdId, memberId }: { householdId: string; memberId: string }) =>
      apiRequest<Household>(
        `/api/constituents/${encodeURIComponent(householdId)}/members/${encodeURIComponent(memberId)}`,
        { method: 'DELETE' },
      ),
    onSuccess: invalidate,
  });
}

/** Sets a current member's role (none clears it); a second head is refused (`constituents.household-head-taken`). */
export function useChangeMemberRole() {
  const invalidate = useInvalidateConstituents();
  return useMutation({
    mutationFn: ({ householdId, memberId, role }: { householdId: string; memberId: string; role: HouseholdRole | null }) =>
      apiRequest<Household>(
        `/api/constituents/${encodeURIComponent(householdId)}/members/${encodeURIComponent(memberId)}`,
        { method: 'PUT', body: role ? { role } : {} },
      ),
    onSuccess: invalidate,
  });
}
