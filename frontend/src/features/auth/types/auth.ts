import type { Role } from '@/config/roles';

export type LoginRequest = {
  username: string;
  password: string;
};

/** `POST /api/login` with `X-Steward-Session: cookie`: the token is in an httpOnly cookie, not here. */
export type LoginResponse = {
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
