import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { ContentLayout } from '@/components/ui/content-layout';
import { hasAnyRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';
import { pluralize } from '@/utils/format';
import { useMyTasks } from '@/features/tasks/api/my-tasks';
import { TaskFormModal } from '@/features/tasks/components/task-form-modal';
import { TaskTable } from '@/features/tasks/components/task-table';
import type { Task, TaskFilter } from '@/features/tasks/types/task';

const PAGE_SIZE = 50;

export function MyTasksPage() {
  const session = useSession();
  const canManage = hasAnyRole(session?.roles ?? [], ['ADMIN', 'DEVELOPMENT_OFFICER']);
  const [filter, setFilter] = useState<TaskFilter>('OPEN');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Task | null>(null);
  const tasks = useMyTasks(filter, page - 1, PAGE_SIZE);
  const items = tasks.data?.items ?? [];
  const overdue = items.filter((task) => task.overdue).length;

  return (
    <ContentLayout
      title="My tasks"
      description="Follow-ups assigned to you, overdue first, then by due date."
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          New task
        </Button>
      }
    >
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

        <TaskTable
          label="My tasks"
          tasks={items}
          fetching={tasks.isFetching}
          noRecordsText={
            tasks.isError ? 'Your tasks could not be loaded' : filter === 'OPEN' ? 'Nothing to do. Well done!' : 'No tasks yet'
          }
          paging={{ total: tasks.data?.total ?? 0, page, size: PAGE_SIZE, onPageChange: setPage }}
          canEdit={canManage}
          onEdit={setEditing}
        />
      </Stack>

      <TaskFormModal
        opened={creating || editing !== null}
        task={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onSaved={(task) =>
          notifications.show({ color: 'green', message: editing ? `“${task.title}” saved.` : `Task “${task.title}” created.` })
        }
      />
    </ContentLayout>
  );
}
