import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ChangePasswordRequest } from '@/features/auth/types/auth';

export function changePassword(request: ChangePasswordRequest): Promise<void> {
  return apiRequest<void>('/api/me/password', { method: 'PUT', body: request });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
