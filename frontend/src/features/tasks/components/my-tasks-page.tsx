import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { formatDateTime, pluralize } from '@/utils/format';
import { useSetTaskStatus } from '@/hooks/use-set-task-status';
import { useMyTasks } from '@/features/tasks/api/my-tasks';
import type { Task, TaskFilter } from '@/features/tasks/types/task';
import { TASK_STATUS_LABELS } from '@/types/tasks';

const PAGE_SIZE = 50;

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

function formatDue(value: string | null): string {
  if (!value) return 'No due date';
  const [year, month, day] = value.split('-').map(Number);
  return dateFormat.format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

function DueDate({ task }: { task: Task }) {
  return (
    <Group gap={6} wrap="nowrap">
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

export function MyTasksPage() {
  const [filter, setFilter] = useState<TaskFilter>('OPEN');
  const [page, setPage] = useState(1);
  const tasks = useMyTasks(filter, page - 1, PAGE_SIZE);
  const setStatus = useSetTaskStatus();
  const items = tasks.data?.items ?? [];
  const overdue = items.filter((task) => task.overdue).length;

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

  return (
    <ContentLayout title="My tasks" description="Follow-ups assigned to you, overdue first, then by due date.">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Text c="dimmed" size="sm">
            {tasks.data
              ? `${pluralize(tasks.data.total, filter === 'OPEN' ? 'open task' : 'task')}${overdue > 0 ? `, ${overdue} overdue` : ''}`
              : '\u00a0'}
          </Text>
          <SegmentedControl
            aria-label="Which tasks"
            role="radiogroup"
            value={filter}
            onChange={(value) => {
              setFilter(value === 'ALL' ? 'ALL' : 'OPEN');
              setPage(1);
            }}
            data={[
              { value: 'OPEN', label: 'To do' },
              { value: 'ALL', label: 'All, with finished' },
            ]}
          />
        </Group>

        <DataTable<Task>
          aria-label="My tasks"
          withTableBorder
          borderRadius="md"
          highlightOnHover
          minHeight={180}
          idAccessor="id"
          records={items}
          fetching={tasks.isFetching}
          noRecordsText={
            tasks.isError ? 'Your tasks could not be loaded' : filter === 'OPEN' ? 'Nothing to do. Well done!' : 'No tasks yet'
          }
          totalRecords={tasks.data?.total ?? 0}
          recordsPerPage={PAGE_SIZE}
          page={page}
          onPageChange={setPage}
          rowStyle={(task) =>
            task.overdue ? { backgroundColor: 'var(--mantine-color-red-0)' } : undefined
          }
          columns={[
            {
              accessor: 'dueDate',
              title: 'Due',
              noWrap: true,
              render: (task) => <DueDate task={task} />,
            },
            {
              accessor: 'title',
              title: 'Task',
              render: (task) => (
                <Stack gap={2}>
                  <Text
                    size="sm"
                    fw={600}
                    td={task.status === 'DONE' || task.status === 'CANCELLED' ? 'line-through' : undefined}
                  >
                    {task.title}
                  </Text>
                  {task.notes ? (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {task.notes}
                    </Text>
                  ) : null}
                </Stack>
              ),
            },
            {
              accessor: 'constituent',
              title: 'About',
              render: (task) =>
                task.constituent ? (
                  <Anchor component={Link} to={`/constituents/${task.constituent.id}`} size="sm">
                    {task.constituent.displayName}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                ),
            },
            {
              accessor: 'status',
              title: 'Status',
              visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
              render: (task) =>
                task.completedAt && task.status === 'DONE' ? (
                  <Text size="sm">Done {formatDateTime(task.completedAt)}</Text>
                ) : (
                  <Text size="sm">{TASK_STATUS_LABELS[task.status]}</Text>
                ),
            },
            {
              accessor: 'actions',
              title: 'Action',
              textAlign: 'right',
              render: (task) => {
                const pending = setStatus.isPending && setStatus.variables?.task.id === task.id;
                return task.status === 'DONE' || task.status === 'CANCELLED' ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconArrowBackUp size={16} aria-hidden />}
                    loading={pending}
                    onClick={() => changeStatus(task, 'OPEN')}
                    aria-label={`Reopen “${task.title}”`}
                  >
                    Reopen
                  </Button>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    color="green"
                    leftSection={<IconCheck size={16} aria-hidden />}
                    loading={pending}
                    onClick={() => changeStatus(task, 'DONE')}
                    aria-label={`Mark “${task.title}” done`}
                  >
                    Done
                  </Button>
                );
              },
            },
          ]}
        />
      </Stack>
    </ContentLayout>
  );
}
