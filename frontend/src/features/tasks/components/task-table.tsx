import { ActionIcon, Anchor, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconPencil } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';

import { PAGINATION_LABELS } from '@/components/ui/table-paging';
import { useSetTaskStatus } from '@/hooks/use-set-task-status';
import { formatDateTime } from '@/utils/format';
import type { Task } from '@/features/tasks/types/task';
import { TASK_STATUS_LABELS } from '@/types/tasks';

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

function formatDue(value: string | null | undefined): string {
  if (!value) return 'No due date';
  const [year, month, day] = value.split('-').map(Number);
  return dateFormat.format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

function isFinished(task: Task): boolean {
  return task.status === 'DONE' || task.status === 'CANCELLED';
}

function DueDate({ task }: { task: Task }) {
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" c={task.overdue ? 'red.9' : undefined} fw={task.overdue ? 700 : undefined}>
        {formatDue(task.dueDate)}
      </Text>
      {task.overdue ? (
        <Badge size="xs" color="red" variant="filled">
          Overdue
        </Badge>
      ) : null}
    </Group>
  );
}

function About({ task }: { task: Task }) {
  return task.constituent ? (
    <Anchor component={Link} to={`/constituents/${task.constituent.id}`} size="sm">
      {task.constituent.displayName}
    </Anchor>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

type TaskTableProps = {
  /** The table's accessible name. */
  label: string;
  tasks: Task[];
  fetching?: boolean;
  noRecordsText: string;
  /** Server paging (`page` from 1); none for a list shown whole. */
  paging?: { total: number; page: number; size: number; onPageChange: (page: number) => void };
  /** Managers change anything about a task; others only mark their own done or open again. */
  canEdit: boolean;
  onEdit: (task: Task) => void;
};

/**
 * Tasks with their due date (overdue ones marked), what they are about, and Done / Reopen and Change buttons. On a
 * phone the table keeps two columns, the task (with its due date and constituent under the title) and its buttons,
 * so the buttons stay on the screen.
 */
export function TaskTable({ label, tasks, fetching, noRecordsText, paging, canEdit, onEdit }: TaskTableProps) {
  const setStatus = useSetTaskStatus();

  const changeStatus = (task: Task, status: Task['status']) =>
    setStatus.mutate(
      { task, status },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: status === 'DONE' ? `“${task.title}” marked done.` : `“${task.title}” reopened.`,
          }),
      },
    );

  const pagingProps = paging
    ? {
        totalRecords: paging.total,
        recordsPerPage: paging.size,
        page: paging.page,
        onPageChange: paging.onPageChange,
        getPaginationControlProps: (control: keyof typeof PAGINATION_LABELS) => ({ 'aria-label': PAGINATION_LABELS[control] }),
        getPaginationItemProps: (pageNumber: number) => ({ 'aria-label': `Page ${pageNumber}` }),
      }
    : {};

  return (
    <DataTable<Task>
      aria-label={label}
      withTableBorder
      borderRadius="md"
      highlightOnHover
      minHeight={tasks.length === 0 ? 150 : undefined}
      idAccessor="id"
      records={tasks}
      fetching={fetching}
      noRecordsText={noRecordsText}
      {...pagingProps}
      rowStyle={(task) => (task.overdue ? { backgroundColor: 'var(--mantine-color-red-0)' } : undefined)}
      columns={[
        {
          accessor: 'dueDate',
          title: 'Due',
          noWrap: true,
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
          render: (task) => <DueDate task={task} />,
        },
        {
          accessor: 'title',
          title: 'Task',
          render: (task) => (
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} td={isFinished(task) ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
                {task.title}
              </Text>
              {task.notes ? (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {task.notes}
                </Text>
              ) : null}
              {/* On a phone the other columns are hidden: the essentials go under the title. */}
              <Stack gap={2} hiddenFrom="sm">
                <DueDate task={task} />
                {task.constituent ? <About task={task} /> : null}
              </Stack>
            </Stack>
          ),
        },
        {
          accessor: 'constituent',
          title: 'About',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
          render: (task) => <About task={task} />,
        },
        {
          accessor: 'status',
          title: 'Status',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (task) =>
            task.completedAt && task.status === 'DONE' ? (
              <Text size="sm">Done {formatDateTime(task.completedAt)}</Text>
            ) : (
              <Text size="sm">{TASK_STATUS_LABELS[task.status]}</Text>
            ),
        },
        {
          accessor: 'actions',
          title: 'Actions',
          textAlign: 'right',
          render: (task) => {
            const pending = setStatus.isPending && setStatus.variables?.task.id === task.id;
            return (
              <Group gap={4} wrap="nowrap" justify="flex-end">
                {isFinished(task) ? (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconArrowBackUp size={16} aria-hidden />}
                    loading={pending}
                    onClick={() => changeStatus(task, 'OPEN')}
                    aria-label={`Reopen “${task.title}”`}
                    style={{ flexShrink: 0 }}
                  >
                    Reopen
                  </Button>
                ) : (
                  <Button
                    size="compact-sm"
                    variant="light"
                    color="green"
                    leftSection={<IconCheck size={16} aria-hidden />}
                    loading={pending}
                    onClick={() => changeStatus(task, 'DONE')}
                    aria-label={`Mark “${task.title}” done`}
                    style={{ flexShrink: 0 }}
                  >
                    Done
                  </Button>
                )}
                {canEdit ? (
                  <Tooltip label="Change, reassign or re-date">
                    <ActionIcon
                      variant="subtle"
                      color="gray.8"
                      aria-label={`Change “${task.title}”`}
                      onClick={() => onEdit(task)}
                      style={{ flexShrink: 0 }}
                    >
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                ) : null}
              </Group>
            );
          },
        },
      ]}
    />
  );
}
