// `TaskView` from `/api/tasks`. Spelled out here: this feature does not import another feature's types.

export type TaskStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

export type TaskConstituent = {
  id: string;
  type: 'INDIVIDUAL' | 'ORGANIZATION' | 'HOUSEHOLD';
  displayName: string;
  deceased: boolean;
};

export type Task = {
  id: string;
  constituent: TaskConstituent | null;
  interactionId: string | null;
  title: string;
  notes: string | null;
  assignee: string;
  assigneeDisplayName: string;
  dueDate: string | null;
  status: TaskStatus;
  /** Unfinished and due before today (UTC). */
  overdue: boolean;
  completedAt: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

/** `OPEN` is still to do (open or in progress); `ALL` includes done and cancelled. */
export type TaskFilter = 'OPEN' | 'ALL';
