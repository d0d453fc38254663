import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { usersQueryKeys } from '@/features/users/api/get-users';
import type { User } from '@/features/users/types/user';

export function setUserEnabled({ id, enabled }: { id: string; enabled: boolean }): Promise<User> {
  const action = enabled ? 'enable' : 'disable';
  return apiRequest<User>(`/api/users/${encodeURIComponent(id)}/${action}`, { method: 'POST' });
}

export function useSetUserEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUserEnabled,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}
