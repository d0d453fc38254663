import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import { tasksQueryKeys } from '@/features/tasks/api/my-tasks';
import type { Task, TeamTasks } from '@/features/tasks/types/task';

/** The team's unfinished tasks by assignee, with each one's first `perAssignee` tasks (managers only). */
export function useTeamTasks(perAssignee: number) {
  return useQuery({
    queryKey: tasksQueryKeys.team(perAssignee),
    queryFn: ({ signal }) => apiRequest<TeamTasks>('/api/tasks/team', { query: { perAssignee }, signal }),
  });
}

/** All of one assignee's unfinished tasks, a page at a time (`page` from 0); fetched once asked for. */
export function useAssigneeTasks(assignee: string, page: number, size: number, enabled: boolean) {
  return useQuery({
    queryKey: tasksQueryKeys.assignee(assignee, page, size),
    queryFn: ({ signal }) =>
      apiRequest<Page<Task>>('/api/tasks', { query: { assignee, status: 'OPEN', page, size }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
