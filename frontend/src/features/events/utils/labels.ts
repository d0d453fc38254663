import type { EventStatus, RegistrationStatus } from '@/types/events';

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Completed',
};

export const EVENT_STATUS_COLORS: Record<EventStatus, string> = {
  DRAFT: 'gray',
  PUBLISHED: 'green',
  CANCELLED: 'red',
  COMPLETED: 'blue',
};

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  REGISTERED: 'Registered',
  WAITLISTED: 'Waitlist',
  OFFERED: 'Offered',
  ATTENDED: 'Attended',
  NO_SHOW: 'No-show',
  CANCELLED: 'Cancelled',
};

export const REGISTRATION_STATUS_COLORS: Record<RegistrationStatus, string> = {
  REGISTERED: 'green',
  WAITLISTED: 'yellow',
  OFFERED: 'grape',
  ATTENDED: 'blue',
  NO_SHOW: 'gray',
  CANCELLED: 'red',
};

/** The statuses a registration can still be cancelled or transferred in. */
export const ACTIVE_REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['REGISTERED', 'WAITLISTED', 'OFFERED'];

/** Problem codes the register dialog answers itself. */
export const POSSIBLE_DUPLICATE_CODE = 'events.possible-duplicate';
export const VALIDATION_FAILED_CODE = 'validation.failed';
