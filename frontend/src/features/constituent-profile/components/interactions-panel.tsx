import { Badge, Button, Group, Loader, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight, IconChecklist, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { formatDateTime, pluralize } from '@/utils/format';
import { useInteractionTimeline } from '@/features/constituent-profile/api/interactions';
import type { Interaction } from '@/features/constituent-profile/types/profile';
import { CHANNEL_ICONS, CHANNEL_LABELS, DIRECTION_LABELS } from '@/features/constituent-profile/utils/labels';
import { formatDate } from '@/features/constituent-profile/utils/dates';
import { TASK_STATUS_LABELS, type Task } from '@/types/tasks';

type InteractionsPanelProps = {
  constituentId: string;
  recent: Interaction[];
  total: number;
};

/** The contact history, newest first: the summary's recent entries, then older pages on request. */
export function InteractionsPanel({ constituentId, recent, total }: InteractionsPanelProps) {
  const [showAll, setShowAll] = useState(false);
  const timeline = useInteractionTimeline(constituentId, showAll);
  const all = timeline.data?.pages.flatMap((page) => page.items);
  const items = showAll && all ? all : recent;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={3} size="h4">
            Interactions
          </Title>
          <Text size="xs" c="dimmed">
            {pluralize(total, 'interaction')}
          </Text>
        </Stack>
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          No interactions logged yet. Use “Log interaction” above after a call, meeting or letter.
        </Text>
      ) : (
        <Timeline bulletSize={30} lineWidth={2} aria-label="Interaction timeline">
          {items.map((interaction) => (
            <Timeline.Item key={interaction.id} bullet={<ChannelBullet interaction={interaction} />}>
              <InteractionEntry interaction={interaction} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {!showAll && total > recent.length ? (
        <Button variant="light" onClick={() => setShowAll(true)} style={{ alignSelf: 'flex-start' }}>
          Show all {pluralize(total, 'interaction')}
        </Button>
      ) : null}
      {showAll && timeline.isFetching ? <Loader size="sm" aria-label="Loading interactions" /> : null}
      {showAll && timeline.hasNextPage ? (
        <Button
          variant="light"
          onClick={() => void timeline.fetchNextPage()}
          loading={timeline.isFetchingNextPage}
          style={{ alignSelf: 'flex-start' }}
        >
          Show older interactions
        </Button>
      ) : null}
    </Stack>
  );
}

function ChannelBullet({ interaction }: { interaction: Interaction }) {
  const Icon = CHANNEL_ICONS[interaction.channel] ?? IconPlus;
  return (
    <ThemeIcon size={30} radius="xl" variant="light" color="blue">
      <Icon size={16} aria-hidden />
    </ThemeIcon>
  );
}

function InteractionEntry({ interaction }: { interaction: Interaction }) {
  const DirectionIcon = interaction.direction === 'INBOUND' ? IconArrowDownLeft : IconArrowUpRight;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {interaction.subject}
        </Text>
        <Badge size="xs" variant="light" color={interaction.direction === 'INBOUND' ? 'teal' : 'indigo'}>
          <Group gap={2} wrap="nowrap">
            <DirectionIcon size={12} aria-hidden />
            {DIRECTION_LABELS[interaction.direction]}
          </Group>
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {CHANNEL_LABELS[interaction.channel] ?? interaction.channel} ·{' '}
        <time dateTime={interaction.occurredAt}>{formatDateTime(interaction.occurredAt)}</time> · by{' '}
        {interaction.staffDisplayName}
      </Text>
      {interaction.notes ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {interaction.notes}
        </Text>
      ) : null}
      {interaction.followUpTasks.length > 0 ? (
        <Stack gap={2} component="ul" aria-label="Follow-ups" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {interaction.followUpTasks.map((task) => (
            <FollowUp key={task.id} task={task} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

const FINISHED_COLORS: Partial<Record<Task['status'], string>> = { DONE: 'green', CANCELLED: 'gray' };

/** A follow-up task of the interaction, with where it stands now. */
function FollowUp({ task }: { task: Task }) {
  return (
    <Group component="li" gap={6} wrap="wrap">
      <IconChecklist size={14} aria-hidden />
      <Text size="xs">
        Follow-up: <Text span fw={600} size="xs">{task.title}</Text> · {task.assigneeDisplayName}
        {task.dueDate ? ` · due ${formatDate(task.dueDate)}` : ''}
      </Text>
      <Badge size="xs" variant="light" color={task.overdue ? 'red' : (FINISHED_COLORS[task.status] ?? 'blue')}>
        {task.overdue ? 'Overdue' : TASK_STATUS_LABELS[task.status]}
      </Badge>
    </Group>
  );
}
