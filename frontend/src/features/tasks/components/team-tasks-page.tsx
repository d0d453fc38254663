import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { ContentLayout } from '@/components/ui/content-layout';
import { pluralize } from '@/utils/format';
import { useAssigneeTasks, useTeamTasks } from '@/features/tasks/api/team-tasks';
import { TaskFormModal } from '@/features/tasks/components/task-form-modal';
import { TaskTable } from '@/features/tasks/components/task-table';
import type { AssigneeTasks, Task } from '@/features/tasks/types/task';

/** Tasks shown per assignee before "Show all". */
const FIRST = 10;
const PAGE_SIZE = 50;

/** Everyone's open tasks by assignee, those with the most overdue first (administrators and development officers). */
export function TeamTasksPage() {
  const team = useTeamTasks(FIRST);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Task | null>(null);
  const assignees = team.data?.assignees ?? [];

  return (
    <ContentLayout
      title="Team tasks"
      description="Everyone's open tasks by assignee, the most overdue first. Reassign or re-date a task with its pencil."
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          New task
        </Button>
      }
    >
      <Stack gap="lg">
        <Text c="dimmed" size="sm" role="status">
          {team.data
            ? `${pluralize(team.data.open, 'open task')}${team.data.overdue > 0 ? `, ${team.data.overdue} overdue` : ''}`
            : team.isError
              ? 'The team’s tasks could not be loaded.'
              : 'Loading…'}
        </Text>
        {team.data && assignees.length === 0 ? (
          <Text size="sm">Nobody has anything open. Well done, team!</Text>
        ) : null}
        {assignees.map((group) => (
          <AssigneeSection key={group.assignee} group={group} onEdit={setEditing} />
        ))}
      </Stack>

      <TaskFormModal
        opened={creating || editing !== null}
        task={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onSaved={(task) =>
          notifications.show({
            color: 'green',
            message: editing ? `“${task.title}” saved for ${task.assigneeDisplayName}.` : `Task “${task.title}” created.`,
          })
        }
      />
    </ContentLayout>
  );
}

function AssigneeSection({ group, onEdit }: { group: AssigneeTasks; onEdit: (task: Task) => void }) {
  const [showAll, setShowAll] = useState(false);
  const [page, setPage] = useState(1);
  const all = useAssigneeTasks(group.assignee, page - 1, PAGE_SIZE, showAll);
  const headingId = `assignee-${group.assignee}`;
  const more = group.open > group.tasks.length;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {group.assigneeDisplayName}
          </Title>
          <Group gap={6}>
            <Badge variant="light">{pluralize(group.open, 'open task')}</Badge>
            {group.overdue > 0 ? (
              <Badge color="red" variant="filled">
                {group.overdue} overdue
              </Badge>
            ) : null}
          </Group>
        </Group>
        {showAll ? (
          <TaskTable
            label={`Tasks of ${group.assigneeDisplayName}`}
            tasks={all.data?.items ?? group.tasks}
            fetching={all.isFetching}
            noRecordsText="Nothing open"
            paging={{ total: all.data?.total ?? group.open, page, size: PAGE_SIZE, onPageChange: setPage }}
            canEdit
            onEdit={onEdit}
          />
        ) : (
          <TaskTable
            label={`Tasks of ${group.assigneeDisplayName}`}
            tasks={group.tasks}
            noRecordsText="Nothing open"
            canEdit
            onEdit={onEdit}
          />
        )}
        {more && !showAll ? (
          <Button variant="light" size="xs" onClick={() => setShowAll(true)} style={{ alignSelf: 'flex-start' }}>
            Show all {pluralize(group.open, 'open task')} of {group.assigneeDisplayName}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
