// `TaskView` from `/api/tasks` and a constituent's tasks: shown by the profile, My tasks and Team tasks.
// The API leaves out what is absent (no constituent, no notes, no due date): those fields may be missing.
import type { ConstituentRef } from '@/types/constituents';

export type TaskStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

export type Task = {
  id: string;
  constituent?: ConstituentRef | null;
  interactionId?: string | null;
  title: string;
  notes?: string | null;
  /** Username. */
  assignee: string;
  assigneeDisplayName: string;
  dueDate?: string | null;
  status: TaskStatus;
  /** Unfinished and due before today (UTC). */
  overdue: boolean;
  completedAt?: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};
