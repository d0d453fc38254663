import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { usersQueryKeys } from '@/features/users/api/get-users';
import type { CreateUserRequest, User } from '@/features/users/types/user';

export function createUser(request: CreateUserRequest): Promise<User> {
  return apiRequest<User>('/api/users', { method: 'POST', body: request });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}
