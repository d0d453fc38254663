// Tasks as My tasks and Team tasks show them; the task itself is the shared contract in src/types/tasks.ts.
import type { ConstituentRef } from '@/types/constituents';
import type { Task, TaskStatus } from '@/types/tasks';

export type { Task, TaskStatus } from '@/types/tasks';

export type TaskConstituent = ConstituentRef;

/** `OPEN` is still to do (open or in progress); `ALL` includes done and cancelled. */
export type TaskFilter = 'OPEN' | 'ALL';

/** One assignee in `GET /api/tasks/team`: counts over all their unfinished tasks, and the first few of them. */
export type AssigneeTasks = {
  /** Username (an account disabled since shows as its username). */
  assignee: string;
  assigneeDisplayName: string;
  open: number;
  overdue: number;
  /** Overdue first, then by due date; at most the `perAssignee` asked for. */
  tasks: Task[];
};

/** `GET /api/tasks/team`: assignees with the most overdue tasks first, then by name; totals over everyone. */
export type TeamTasks = { assignees: AssigneeTasks[]; open: number; overdue: number };

/** `POST /api/tasks`: absent fields are left out. */
export type CreateTaskRequest = {
  title: string;
  notes?: string;
  assignee: string;
  dueDate?: string;
  constituentId?: string;
};

/** `PUT /api/tasks/{id}`: replaces the editable fields; `version` is the one read. */
export type UpdateTaskRequest = {
  title: string;
  notes: string | null;
  assignee: string;
  dueDate: string | null;
  status: TaskStatus;
  version: number;
};
