import type { ComponentType } from 'react';

import type { Role } from '@/config/roles';

/** A part of the app the user can open from the home page. */
export type HomeDestination = {
  label: string;
  path: string;
  description: string;
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
};

/** A module that is planned but not built yet: shown as plain text, never as a link. */
export type UpcomingModule = {
  label: string;
  description: string;
  roles: readonly Role[];
};
