import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export function resetUserPassword({ id, password }: { id: string; password: string }): Promise<void> {
  return apiRequest<void>(`/api/users/${encodeURIComponent(id)}/password`, {
    method: 'PUT',
    body: { password },
  });
}

export function useResetUserPassword() {
  return useMutation({ mutationFn: resetUserPassword });
}
