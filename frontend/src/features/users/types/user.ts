import type { Role } from '@/config/roles';

/** `UserResponse` from `/api/users`. */
export type User = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  enabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
};

export type CreateUserRequest = {
  username: string;
  displayName: string;
  email: string;
  password: string;
  roles: Role[];
};
