import { Anchor, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { StaleVersionNotice } from '@/components/ui/stale-version-notice';
import { STALE_VERSION_CODE } from '@/hooks/use-versioned-edit';
import { useSession } from '@/hooks/use-session';
import { useStaffOptions } from '@/hooks/use-staff-options';
import { isApiError, type ApiError, type Violation } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { fetchTask, useCreateTask, useUpdateTask } from '@/features/tasks/api/save-task';
import type { Task, TaskStatus } from '@/features/tasks/types/task';
import type { ConstituentSearchItem } from '@/types/constituents';
import { TASK_STATUS_LABELS } from '@/types/tasks';

const FIELDS = ['title', 'notes', 'assignee', 'dueDate', 'status', 'constituentId'] as const;

const STATUS_OPTIONS = (Object.keys(TASK_STATUS_LABELS) as TaskStatus[]).map((status) => ({
  value: status,
  label: TASK_STATUS_LABELS[status],
}));

type FormValues = {
  title: string;
  notes: string;
  assignee: string;
  /** `YYYY-MM-DD`, or empty for no due date. */
  dueDate: string;
  status: TaskStatus;
};

function valuesOf(task: Task): FormValues {
  return {
    title: task.title,
    notes: task.notes ?? '',
    assignee: task.assignee,
    dueDate: task.dueDate ?? '',
    status: task.status,
  };
}

type TaskFormModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The task to change; none for a new task. */
  task?: Task | null;
  onSaved?: (task: Task) => void;
};

/** New task, or change a task: title, notes, who does it, when it is due, and (when changing) its status. */
export function TaskFormModal({ opened, onClose, task, onSaved }: TaskFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={task ? 'Change task' : 'New task'} size="lg">
      {opened ? <TaskForm key={task?.id ?? 'new'} task={task ?? null} onCancel={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

type TaskFormProps = { task: Task | null; onCancel: () => void; onSaved?: (task: Task) => void };

function TaskForm({ task, onCancel, onSaved }: TaskFormProps) {
  const session = useSession();
  const me = session?.username ?? '';
  const create = useCreateTask();
  const update = useUpdateTask();
  const staff = useStaffOptions();
  const [editing, setEditing] = useState<Task | null>(task);
  const [about, setAbout] = useState<ConstituentSearchItem | null>(null);
  const [aboutError, setAboutError] = useState<string | undefined>();
  const [stale, setStale] = useState(false);
  const [loadingLatest, setLoadingLatest] = useState(false);
  const staleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);
  const form = useForm<FormValues>({
    initialValues: task ? valuesOf(task) : { title: '', notes: '', assignee: me, dueDate: '', status: 'OPEN' },
    validate: {
      title: (value) => (value.trim() ? null : 'Enter what needs doing'),
      assignee: (value) => (value ? null : 'Choose who does it'),
    },
  });
  const saving = editing ? update : create;
  const error = saving.error && isApiError(saving.error) ? saving.error : null;
  const unmatched: Violation[] = error ? violationsToFormErrors(error.violations, FIELDS).unmatched : [];
  const general = error && error.violations.length === 0 && !fieldOf(error.code) && error.code !== STALE_VERSION_CODE ? error : null;

  // A colleague disabled since is not among the staff, but a task assigned to them still shows their name.
  const staffOptions = staff.data ?? [{ value: me, label: me }];
  const assigneeOptions =
    editing && !staffOptions.some((option) => option.value === editing.assignee)
      ? [...staffOptions, { value: editing.assignee, label: editing.assigneeDisplayName }]
      : staffOptions;

  const onError = (failure: Error) => {
    if (!isApiError(failure)) return;
    if (failure.code === STALE_VERSION_CODE) {
      setStale(true);
      return;
    }
    const field = fieldOf(failure.code);
    if (field === 'constituentId') setAboutError(failure.problem.detail ?? failure.problem.title);
    else if (field) form.setFieldError(field, failure.problem.detail ?? failure.problem.title);
    else applyViolations(failure);
  };

  const applyViolations = (failure: ApiError) => {
    const { errors } = violationsToFormErrors(failure.violations, FIELDS);
    const { constituentId, ...fields } = errors;
    form.setErrors(fields);
    if (constituentId) setAboutError(constituentId);
  };

  const done = (saved: Task) => {
    onSaved?.(saved);
    onCancel();
  };

  const onSubmit = form.onSubmit((values) => {
    setAboutError(undefined);
    const title = values.title.trim();
    const notes = values.notes.trim();
    if (editing) {
      update.mutate(
        {
          id: editing.id,
          request: {
            title,
            notes: notes || null,
            assignee: values.assignee,
            dueDate: values.dueDate || null,
            status: values.status,
            version: editing.version,
          },
        },
        { onSuccess: done, onError },
      );
    } else {
      create.mutate(
        {
          title,
          assignee: values.assignee,
          ...(notes ? { notes } : {}),
          ...(values.dueDate ? { dueDate: values.dueDate } : {}),
          ...(about ? { constituentId: about.id } : {}),
        },
        { onSuccess: done, onError },
      );
    }
  });

  const loadLatest = async () => {
    if (!editing) return;
    setLoadingLatest(true);
    try {
      const latest = await fetchTask(editing.id);
      setEditing(latest);
      form.setValues(valuesOf(latest));
      form.resetDirty(valuesOf(latest));
      setStale(false);
      update.reset();
    } finally {
      setLoadingLatest(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={editing ? 'Change task' : 'New task'}>
      <Stack gap="md">
        {stale && editing ? (
          <StaleVersionNotice
            ref={staleRef}
            kind="task"
            name={`“${editing.title}”`}
            loading={loadingLatest}
            onLoadLatest={() => void loadLatest()}
          />
        ) : null}
        <FormProblemAlert problem={general} unmatched={unmatched} fallback="The task could not be saved." />
        <TextInput label="Task" placeholder="e.g. Send the annual report" required data-autofocus {...form.getInputProps('title')} />
        {editing ? (
          <Text size="sm">
            About:{' '}
            {editing.constituent ? (
              <Anchor component={Link} to={`/constituents/${editing.constituent.id}`} underline="always">
                {editing.constituent.displayName}
              </Anchor>
            ) : (
              <Text span c="dimmed">
                no constituent
              </Text>
            )}
          </Text>
        ) : (
          <ConstituentPicker
            label="About (optional)"
            description="The donor or contact this task is about, if any"
            value={about}
            onChange={(value) => {
              setAbout(value);
              setAboutError(undefined);
            }}
            error={aboutError}
          />
        )}
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label="Assigned to"
            data={assigneeOptions}
            searchable
            required
            allowDeselect={false}
            miw={200}
            {...form.getInputProps('assignee')}
          />
          <TextInput label="Due" type="date" description="Leave empty for no due date" miw={160} {...form.getInputProps('dueDate')} />
        </Group>
        {editing ? (
          <Select label="Status" data={STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
        ) : null}
        <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving.isPending} disabled={stale}>
            {editing ? 'Save task' : 'Create task'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The field a business-rule problem is about. */
function fieldOf(code: string): (typeof FIELDS)[number] | null {
  switch (code) {
    case 'tasks.unknown-assignee':
      return 'assignee';
    case 'constituents.not-found':
    case 'constituents.merged':
      return 'constituentId';
    default:
      return null;
  }
}
