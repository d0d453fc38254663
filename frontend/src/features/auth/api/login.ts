import { useMutation } from '@tanstack/react-query';

import { isRole } from '@/config/roles';
import { apiRequest } from '@/lib/api-client';
import type { Session } from '@/lib/session';
import type { LoginRequest, LoginResponse } from '@/features/auth/types/auth';

export function login(credentials: LoginRequest): Promise<LoginResponse> {
  // Anonymous: a 401 here means "wrong password", not "session ended"; the form shows it itself.
  // Cookie mode: the server keeps the token in an httpOnly cookie and leaves it out of the answer.
  return apiRequest<LoginResponse>('/api/login', {
    method: 'POST',
    body: credentials,
    anonymous: true,
    silent: true,
    headers: { 'X-Steward-Session': 'cookie' },
  });
}

/** Ends the session on the server (the cookie stops working everywhere) and clears its cookies. */
export function logout(): Promise<void> {
  return apiRequest<void>('/api/logout', { method: 'POST', anonymous: true, silent: true });
}

export function toSession(response: LoginResponse): Session {
  return { username: response.username, roles: response.roles.filter(isRole) };
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
