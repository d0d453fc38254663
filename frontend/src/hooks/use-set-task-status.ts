import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { Task, TaskStatus } from '@/types/tasks';

/**
 * Changes a task's status, sending everything else back as read (the API replaces the task). Afterwards
 * it refreshes every task list (`['tasks', …]`) and the task's constituent (`['constituent', id, …]`),
 * so My tasks and the 360° view both show the change. `constituentId` names the constituent when the
 * caller knows it (the 360° view), in case the answer carries no reference.
 */
export function useSetTaskStatus(constituentId?: string) {
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
      const constituent = task.constituent?.id ?? constituentId;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
        constituent ? queryClient.invalidateQueries({ queryKey: ['constituent', constituent] }) : undefined,
      ]);
    },
  });
}
