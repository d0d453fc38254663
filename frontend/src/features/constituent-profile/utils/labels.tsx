import {
  IconAt,
  IconBuilding,
  IconCalendarEvent,
  IconDeviceMobileMessage,
  IconForms,
  IconHome,
  IconMail,
  IconMessageCircle,
  IconPhone,
  IconUser,
  IconUsersGroup,
  IconWalk,
  type Icon,
} from '@tabler/icons-react';

import type {
  ConsentChannel,
  ConsentPurpose,
  ConstituentType,
  HouseholdRole,
  InteractionChannel,
  InteractionDirection,
} from '@/features/constituent-profile/types/profile';

export { CONSTITUENT_TYPE_LABELS as TYPE_LABELS } from '@/types/constituents';

export const TYPE_ICONS: Record<ConstituentType, Icon> = {
  INDIVIDUAL: IconUser,
  ORGANIZATION: IconBuilding,
  HOUSEHOLD: IconHome,
};

export const HOUSEHOLD_ROLE_LABELS: Record<HouseholdRole, string> = {
  HEAD: 'Head',
  SPOUSE_PARTNER: 'Spouse/partner',
  CHILD: 'Child',
  OTHER: 'Other',
};

export const CHANNEL_LABELS: Record<InteractionChannel, string> = {
  PHONE: 'Phone call',
  EMAIL: 'Email',
  MEETING: 'Meeting',
  MAIL: 'Letter',
  EVENT: 'Event',
  WEB_FORM: 'Web form',
  WALK_IN: 'Walk-in',
  SOCIAL: 'Social media',
};

export const CHANNEL_ICONS: Record<InteractionChannel, Icon> = {
  PHONE: IconPhone,
  EMAIL: IconAt,
  MEETING: IconUsersGroup,
  MAIL: IconMail,
  EVENT: IconCalendarEvent,
  WEB_FORM: IconForms,
  WALK_IN: IconWalk,
  SOCIAL: IconMessageCircle,
};

export const DIRECTION_LABELS: Record<InteractionDirection, string> = {
  INBOUND: 'Inbound',
  OUTBOUND: 'Outbound',
};

export const CONSENT_CHANNEL_LABELS: Record<ConsentChannel, string> = {
  EMAIL: 'Email',
  MAIL: 'Mail',
  PHONE: 'Phone',
  SMS: 'SMS',
};

export const CONSENT_CHANNEL_ICONS: Record<ConsentChannel, Icon> = {
  EMAIL: IconAt,
  MAIL: IconMail,
  PHONE: IconPhone,
  SMS: IconDeviceMobileMessage,
};

export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, string> = {
  FUNDRAISING: 'Fundraising',
  NEWSLETTERS: 'Newsletters',
  EVENTS: 'Events',
};

/** Why outreach is refused (`ConsentService.Outreach.reasons`). */
export const SUPPRESSION_REASON_LABELS: Record<string, string> = {
  DECEASED: 'deceased',
  DO_NOT_CONTACT: 'do not contact',
  DO_NOT_SOLICIT: 'do not solicit',
  OPTED_OUT: 'opted out',
  NO_OPT_IN: 'no opt-in recorded',
};

/** A field name of the API as words: "informalSalutation" → "Informal salutation". */
export function humanizeField(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
