import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import type { User } from '@/features/users/types/user';

export const usersQueryKeys = {
  all: ['users'] as const,
  list: (page: number, size: number, q: string) => ['users', 'list', { page, size, q }] as const,
};

/** `q` matches username, name or email (empty: everyone). */
export function getUsers(
  page: number,
  size: number,
  q = '',
  signal?: AbortSignal,
): Promise<Page<User>> {
  return apiRequest<Page<User>>('/api/users', { query: { page, size, q: q.trim() }, signal });
}

/** `page` counts from 0, like the API. */
export function useUsers(page: number, size: number, q = '') {
  return useQuery({
    queryKey: usersQueryKeys.list(page, size, q.trim()),
    queryFn: ({ signal }) => getUsers(page, size, q, signal),
    placeholderData: keepPreviousData,
  });
}
