import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';

import { pluralize } from '@/utils/format';
import { useSetTaskStatus } from '@/hooks/use-set-task-status';
import type { Task } from '@/features/constituent-profile/types/profile';
import { formatDate } from '@/features/constituent-profile/utils/dates';

type OpenTasksCardProps = {
  constituentId: string;
  tasks: Task[];
  total: number;
  username: string;
  /** Managers complete anyone's task; others only their own. */
  canManageAll: boolean;
};

export function OpenTasksCard({ constituentId, tasks, total, username, canManageAll }: OpenTasksCardProps) {
  const setStatus = useSetTaskStatus(constituentId);

  const complete = (task: Task) =>
    setStatus.mutate(
      { task, status: 'DONE' },
      { onSuccess: () => notifications.show({ color: 'green', message: `Task “${task.title}” done.` }) },
    );

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="open-tasks-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="open-tasks-title">
            Open tasks
          </Title>
          {total > 0 ? <Badge variant="light">{total}</Badge> : null}
        </Group>
        {tasks.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing to follow up.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {tasks.map((task) => {
              const mayComplete = canManageAll || task.assignee === username;
              const pending = setStatus.isPending && setStatus.variables?.task.id === task.id;
              return (
                <Group key={task.id} component="li" justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {task.title}
                    </Text>
                    <Group gap={6}>
                      {task.overdue ? (
                        <Badge size="xs" color="red" variant="filled">
                          Overdue
                        </Badge>
                      ) : null}
                      <Text size="xs" c={task.overdue ? 'red.9' : 'dimmed'}>
                        {task.dueDate ? `Due ${formatDate(task.dueDate)}` : 'No due date'} ·{' '}
                        {task.assignee === username ? 'you' : task.assigneeDisplayName}
                      </Text>
                    </Group>
                  </Stack>
                  {mayComplete ? (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="green"
                      leftSection={<IconCheck size={14} aria-hidden />}
                      loading={pending}
                      onClick={() => complete(task)}
                      aria-label={`Mark “${task.title}” done`}
                      style={{ flexShrink: 0 }}
                    >
                      Done
                    </Button>
                  ) : null}
                </Group>
              );
            })}
          </Stack>
        )}
        {total > tasks.length ? (
          <Text size="xs" c="dimmed">
            Showing {tasks.length} of {pluralize(total, 'open task')}.
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
