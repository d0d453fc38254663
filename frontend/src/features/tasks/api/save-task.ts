import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { CreateTaskRequest, Task, UpdateTaskRequest } from '@/features/tasks/types/task';

/** After a save: every task list, and the 360° view of the task's constituent (its open tasks). */
function useRefreshAfterSave() {
  const queryClient = useQueryClient();
  return (task: Task) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      task.constituent ? queryClient.invalidateQueries({ queryKey: ['constituent', task.constituent.id] }) : undefined,
    ]);
}

/** The form shows what went wrong (`silent`): fields, a stale version, an unknown assignee. */
export function useCreateTask() {
  const refresh = useRefreshAfterSave();
  return useMutation({
    mutationFn: (request: CreateTaskRequest) =>
      apiRequest<Task>('/api/tasks', { method: 'POST', body: request, silent: true }),
    onSuccess: refresh,
  });
}

export function useUpdateTask() {
  const refresh = useRefreshAfterSave();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: UpdateTaskRequest }) =>
      apiRequest<Task>(`/api/tasks/${encodeURIComponent(id)}`, { method: 'PUT', body: request, silent: true }),
    onSuccess: refresh,
  });
}

/** The task as stored now: for "Load latest" after someone else saved it. */
export function fetchTask(id: string): Promise<Task> {
  return apiRequest<Task>(`/api/tasks/${encodeURIComponent(id)}`);
}
