import type { Role } from '@/config/roles';

export type LoginRequest = {
  username: string;
  password: string;
};

/** `POST /api/login` */
export type LoginResponse = {
  access_token: string;
  token_type: string;
  /** Seconds. */
  expires_in: number;
  username: string;
  roles: Role[];
};

/** `GET /api/me` */
export type Me = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
};

export type ChangePasswordRequest = {
  currentPassword: string;
  newPassword: string;
};
