import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import type { User } from '@/features/users/types/user';

export const usersQueryKeys = {
  all: ['users'] as const,
  list: (page: number, size: number) => ['users', 'list', { page, size }] as const,
};

export function getUsers(page: number, size: number, signal?: AbortSignal): Promise<Page<User>> {
  return apiRequest<Page<User>>('/api/users', { query: { page, size }, signal });
}

/** `page` counts from 0, like the API. */
export function useUsers(page: number, size: number) {
  return useQuery({
    queryKey: usersQueryKeys.list(page, size),
    queryFn: ({ signal }) => getUsers(page, size, signal),
    placeholderData: keepPreviousData,
  });
}
