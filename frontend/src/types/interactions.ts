// `InteractionView` from a constituent's timeline and the 360° view.
import type { ConstituentRef } from '@/types/constituents';
import type { Task } from '@/types/tasks';

export const INTERACTION_CHANNELS = [
  'PHONE',
  'EMAIL',
  'MEETING',
  'MAIL',
  'EVENT',
  'WEB_FORM',
  'WALK_IN',
  'SOCIAL',
] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];
export type InteractionDirection = 'INBOUND' | 'OUTBOUND';

/** `InteractionView`. */
export type Interaction = {
  id: string;
  constituentId: string;
  /** On a household's timeline: the member the interaction is with (absent for the household's own). */
  member?: ConstituentRef;
  channel: InteractionChannel;
  direction: InteractionDirection;
  subject: string;
  notes?: string | null;
  occurredAt: string;
  staffUsername: string;
  staffDisplayName: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** The tasks created to follow it up, oldest first (without `constituent`: it is the interaction's). */
  followUpTasks: Task[];
  /** Only in the answer to logging it with a follow-up: the task just created. */
  followUpTask?: Task | null;
};
