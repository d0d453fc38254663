// Tasks as My tasks shows them; the task itself is the shared contract in src/types/tasks.ts.
import type { ConstituentRef } from '@/types/constituents';

export type { Task, TaskStatus } from '@/types/tasks';

export type TaskConstituent = ConstituentRef;

/** `OPEN` is still to do (open or in progress); `ALL` includes done and cancelled. */
export type TaskFilter = 'OPEN' | 'ALL';
