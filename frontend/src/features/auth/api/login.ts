import { useMutation } from '@tanstack/react-query';

import { isRole } from '@/config/roles';
import { apiRequest } from '@/lib/api-client';
import type { Session } from '@/lib/session';
import type { LoginRequest, LoginResponse } from '@/features/auth/types/auth';

export function login(credentials: LoginRequest): Promise<LoginResponse> {
  // Anonymous: a 401 here means "wrong password", not "session ended"; the form shows it itself.
  return apiRequest<LoginResponse>('/api/login', {
    method: 'POST',
    body: credentials,
    anonymous: true,
    silent: true,
  });
}

export function toSession(response: LoginResponse, now = Date.now()): Session {
  return {
    accessToken: response.access_token,
    tokenType: response.token_type || 'Bearer',
    expiresAt: now + Math.max(0, response.expires_in) * 1000,
    username: response.username,
    roles: response.roles.filter(isRole),
  };
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
