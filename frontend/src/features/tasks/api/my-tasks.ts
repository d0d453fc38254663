import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest, type Page } from '@/lib/api-client';
import type { Task, TaskFilter, TaskStatus } from '@/features/tasks/types/task';

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

/** Changes a task's status, sending everything else back as read (the API replaces the task). */
export function useSetTaskStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, status }: { task: Task; status: TaskStatus }) =>
      apiRequest<Task>(`/api/tasks/${encodeURIComponent(task.id)}`, {
        method: 'PUT',
        body: {
          title: task.title,
          notes: task.notes,
          assignee: task.assignee,
          dueDate: task.dueDate,
          status,
          version: task.version,
        },
      }),
    onSuccess: (task) => {
      if (task.constituent) {
        void queryClient.invalidateQueries({ queryKey: ['constituent', task.constituent.id] });
      }
      return queryClient.invalidateQueries({ queryKey: tasksQueryKeys.all });
    },
  });
}
