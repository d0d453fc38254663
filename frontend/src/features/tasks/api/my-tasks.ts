import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import type { Task, TaskFilter } from '@/features/tasks/types/task';

/** Every task query starts with `['tasks']`, so one invalidation refreshes My tasks and Team tasks. */
export const tasksQueryKeys = {
  all: ['tasks'] as const,
  mine: (status: TaskFilter, page: number, size: number) => ['tasks', 'mine', { status, page, size }] as const,
  team: (perAssignee: number) => ['tasks', 'team', { perAssignee }] as const,
  assignee: (assignee: string, page: number, size: number) => ['tasks', 'assignee', { assignee, page, size }] as const,
  one: (id: string) => ['tasks', 'one', id] as const,
};

/** The signed-in user's tasks, overdue first, then by due date (undated last). `page` counts from 0. */
export function useMyTasks(status: TaskFilter, page: number, size: number) {
  return useQuery({
    queryKey: tasksQueryKeys.mine(status, page, size),
    queryFn: ({ signal }) => apiRequest<Page<Task>>('/api/tasks/mine', { query: { status, page, size }, signal }),
    placeholderData: keepPreviousData,
  });
}
