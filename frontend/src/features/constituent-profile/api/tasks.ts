import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';
import type { Task, TaskStatus } from '@/features/constituent-profile/types/profile';

/** Changes a task's status, sending back everything else as read (the API replaces the task). */
export function useSetTaskStatus(constituentId: string) {
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
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      return queryClient.invalidateQueries({ queryKey: profileQueryKeys.constituent(constituentId) });
    },
  });
}
