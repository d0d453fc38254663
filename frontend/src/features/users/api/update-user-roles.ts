import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Role } from '@/config/roles';
import { apiRequest } from '@/lib/api-client';
import { usersQueryKeys } from '@/features/users/api/get-users';
import type { User } from '@/features/users/types/user';

export function updateUserRoles({ id, roles }: { id: string; roles: Role[] }): Promise<User> {
  return apiRequest<User>(`/api/users/${encodeURIComponent(id)}/roles`, {
    method: 'PUT',
    body: { roles },
  });
}

export function useUpdateUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserRoles,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}
