import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import type { Task, TaskFilter } from '@/features/tasks/types/task';

export const tasksQueryKeys = {
  all: ['tasks'] as const,
  mine: (status: TaskFilter, page: number, size: number) => ['tasks', 'mine', { status, page, size }] as const,
};

/** The signed-in user's tasks, overdue first, then by due date (undated last). `page` counts from 0. */
export function useMyTasks(status: TaskFilter, page: number, size: number) {
  return useQuery({
    queryKey: tasksQueryKeys.mine(status, page, size),
    queryFn: ({ signal }) => apiRequest<Page<Task>>('/api/tasks/mine', { query: { status, page, size }, signal }),
    placeholderData: keepPreviousData,
  });
}
