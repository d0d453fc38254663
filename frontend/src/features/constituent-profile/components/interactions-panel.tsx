import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Drawer,
  Group,
  Loader,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDownLeft,
  IconArrowUpRight,
  IconChecklist,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { ConfirmModal } from '@/components/ui/confirm-modal';
import { formatDateTime, pluralize } from '@/utils/format';
import { useDeleteInteraction, useInteractionTimeline } from '@/features/constituent-profile/api/interactions';
import { EditInteractionForm } from '@/features/constituent-profile/components/edit-interaction-form';
import type { Interaction } from '@/features/constituent-profile/types/profile';
import { CHANNEL_ICONS, CHANNEL_LABELS, DIRECTION_LABELS } from '@/features/constituent-profile/utils/labels';
import { formatDate } from '@/features/constituent-profile/utils/dates';
import { TASK_STATUS_LABELS, type Task } from '@/types/tasks';

type InteractionsPanelProps = {
  constituentId: string;
  recent: Interaction[];
  total: number;
  /** The signed-in user: they change and delete the interactions they logged or took part in. */
  username: string;
  /** Administrators and development officers change and delete any interaction. */
  canChangeAll: boolean;
  /** A household's timeline, which includes its members' interactions. */
  isHousehold?: boolean;
};

/**
 * The contact history, newest first: the summary's recent entries, then older pages on request. A household's
 * includes its current members' interactions, each saying which member it was with.
 */
export function InteractionsPanel({ constituentId, recent, total, username, canChangeAll, isHousehold }: InteractionsPanelProps) {
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState<Interaction | null>(null);
  const [deleting, setDeleting] = useState<Interaction | null>(null);
  const remove = useDeleteInteraction();
  const timeline = useInteractionTimeline(constituentId, showAll);
  const all = timeline.data?.pages.flatMap((page) => page.items);
  const items = showAll && all ? all : recent;
  const mayChange = (interaction: Interaction) =>
    canChangeAll || interaction.createdBy === username || interaction.staffUsername === username;

  const onDelete = () => {
    if (!deleting) return;
    const gone = deleting;
    remove.mutate(gone.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: `Interaction “${gone.subject}” deleted.` });
        setDeleting(null);
      },
    });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={3} size="h4">
            Interactions
          </Title>
          <Text size="xs" c="dimmed">
            {pluralize(total, 'interaction')}
            {isHousehold ? ', its members’ included' : ''}
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
              <InteractionEntry
                interaction={interaction}
                onEdit={mayChange(interaction) ? () => setEditing(interaction) : undefined}
                onDelete={mayChange(interaction) ? () => setDeleting(interaction) : undefined}
              />
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

      <Drawer
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={<Text fw={700} size="lg">Change interaction</Text>}
        position="right"
        size="md"
      >
        {editing ? (
          <EditInteractionForm
            key={editing.id}
            interaction={editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              notifications.show({ color: 'green', message: 'Interaction saved.' });
              setEditing(null);
            }}
          />
        ) : null}
      </Drawer>
      <ConfirmModal
        opened={deleting !== null}
        title="Delete interaction"
        confirmLabel="Delete"
        focus="cancel"
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={onDelete}
      >
        Delete <strong>“{deleting?.subject}”</strong> from the timeline? Its follow-up tasks stay, and the audit log keeps
        a record of it.
      </ConfirmModal>
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

type InteractionEntryProps = {
  interaction: Interaction;
  /** Present when the signed-in user may change or delete it. */
  onEdit?: () => void;
  onDelete?: () => void;
};

function InteractionEntry({ interaction, onEdit, onDelete }: InteractionEntryProps) {
  const DirectionIcon = interaction.direction === 'INBOUND' ? IconArrowDownLeft : IconArrowUpRight;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
        <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {interaction.subject}
          </Text>
          <Badge size="xs" variant="light" color={interaction.direction === 'INBOUND' ? 'teal' : 'indigo'}>
            <Group gap={2} wrap="nowrap">
              <DirectionIcon size={12} aria-hidden />
              {DIRECTION_LABELS[interaction.direction]}
            </Group>
          </Badge>
        </Group>
        {onEdit || onDelete ? (
          <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
            {onEdit ? (
              <Tooltip label="Change">
                <ActionIcon variant="subtle" color="gray.8" aria-label={`Change “${interaction.subject}”`} onClick={onEdit}>
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            ) : null}
            {onDelete ? (
              <Tooltip label="Delete">
                <ActionIcon variant="subtle" color="red" aria-label={`Delete “${interaction.subject}”`} onClick={onDelete}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {interaction.member ? (
          <>
            with{' '}
            <Anchor component={Link} to={`/constituents/${interaction.member.id}`} size="xs" underline="always">
              {interaction.member.displayName}
            </Anchor>{' '}
            ·{' '}
          </>
        ) : null}
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
