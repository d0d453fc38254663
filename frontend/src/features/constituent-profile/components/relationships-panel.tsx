import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Menu,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPlayerStop, IconPlus, IconTrash } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';

import { useNetwork } from '@/features/constituent-profile/api/get-network';
import { useDeleteRelationship, useUpdateRelationship } from '@/features/constituent-profile/api/relationships';
import { AddRelationshipModal } from '@/features/constituent-profile/components/add-relationship-modal';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import type { Profile, Relationship } from '@/features/constituent-profile/types/profile';
import { formatDate, todayIso } from '@/features/constituent-profile/utils/dates';
import { TYPE_LABELS } from '@/features/constituent-profile/utils/labels';

// React Flow is large: load it with the tab that shows it.
const RelationshipGraph = lazy(() =>
  import('@/features/constituent-profile/components/relationship-graph').then((module) => ({
    default: module.RelationshipGraph,
  })),
);

type Dialog = { kind: 'end' | 'delete'; relationship: Relationship } | null;

function period(relationship: Relationship): string | null {
  const { startDate, endDate } = relationship;
  if (startDate && endDate) return `${formatDate(startDate)} – ${formatDate(endDate)}`;
  if (startDate) return `since ${formatDate(startDate)}`;
  if (endDate) return `until ${formatDate(endDate)}`;
  return null;
}

type RelationshipsPanelProps = {
  profile: Profile;
  relationships: Relationship[];
  canWrite: boolean;
};

export function RelationshipsPanel({ profile, relationships, canWrite }: RelationshipsPanelProps) {
  const [adding, setAdding] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const update = useUpdateRelationship();
  const remove = useDeleteRelationship();

  const closeDialog = () => setDialog(null);

  const endRelationship = (relationship: Relationship) =>
    update.mutate(
      {
        id: relationship.id,
        request: {
          type: relationship.type,
          startDate: relationship.startDate,
          endDate: relationship.endDate ?? todayIso(),
          active: false,
          notes: relationship.notes,
          version: relationship.version,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Relationship with ${relationship.other.displayName} ended.` });
          closeDialog();
        },
      },
    );

  const deleteRelationship = (relationship: Relationship) =>
    remove.mutate(relationship.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: `Relationship with ${relationship.other.displayName} deleted.` });
        closeDialog();
      },
    });

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Relationships
          </Title>
          {canWrite ? (
            <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              Add relationship
            </Button>
          ) : null}
        </Group>
        {relationships.length === 0 ? (
          <Text c="dimmed" size="sm">
            No relationships recorded.
          </Text>
        ) : (
          <Stack gap={0} component="ul" aria-label="Relationships" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {relationships.map((relationship) => (
              <Group
                key={relationship.id}
                component="li"
                justify="space-between"
                wrap="nowrap"
                gap="sm"
                py="xs"
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              >
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm">
                    <Text span c="dimmed" size="sm">
                      {relationship.label}{' '}
                    </Text>
                    <Anchor component={Link} to={`/constituents/${relationship.other.id}`} fw={600} size="sm">
                      {relationship.other.displayName}
                    </Anchor>
                    {relationship.other.deceased ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        (deceased)
                      </Text>
                    ) : null}
                  </Text>
                  <Group gap="xs">
                    <Badge size="xs" variant="light" color={relationship.active ? 'green' : 'gray'}>
                      {relationship.active ? 'Active' : 'Ended'}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {[TYPE_LABELS[relationship.other.type], period(relationship)].filter(Boolean).join(' · ')}
                    </Text>
                  </Group>
                  {relationship.notes ? (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {relationship.notes}
                    </Text>
                  ) : null}
                </Stack>
                {canWrite ? (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray.8"
                        aria-label={`Actions for the relationship with ${relationship.other.displayName}`}
                      >
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {relationship.active ? (
                        <Menu.Item
                          leftSection={<IconPlayerStop size={16} aria-hidden />}
                          onClick={() => setDialog({ kind: 'end', relationship })}
                        >
                          End relationship
                        </Menu.Item>
                      ) : null}
                      <Menu.Item
                        color="red"
                        leftSection={<IconTrash size={16} aria-hidden />}
                        onClick={() => setDialog({ kind: 'delete', relationship })}
                      >
                        Delete
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                ) : null}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>

      <NetworkCard profile={profile} />

      {canWrite ? <AddRelationshipModal profile={profile} opened={adding} onClose={() => setAdding(false)} /> : null}
      <ConfirmModal
        opened={dialog?.kind === 'end'}
        title="End relationship"
        confirmLabel="End relationship"
        color="blue"
        loading={update.isPending}
        onClose={closeDialog}
        onConfirm={() => dialog && endRelationship(dialog.relationship)}
      >
        The relationship stays in the history as ended{dialog?.relationship.endDate ? '' : ' today'}:{' '}
        <strong>
          {profile.displayName} {dialog?.relationship.label.toLowerCase()} {dialog?.relationship.other.displayName}
        </strong>
        .
      </ConfirmModal>
      <ConfirmModal
        opened={dialog?.kind === 'delete'}
        title="Delete relationship"
        confirmLabel="Delete"
        loading={remove.isPending}
        onClose={closeDialog}
        onConfirm={() => dialog && deleteRelationship(dialog.relationship)}
      >
        Delete{' '}
        <strong>
          {profile.displayName} {dialog?.relationship.label.toLowerCase()} {dialog?.relationship.other.displayName}
        </strong>
        ? To keep it in the history, end it instead.
      </ConfirmModal>
    </Stack>
  );
}

function NetworkCard({ profile }: { profile: Profile }) {
  const [depth, setDepth] = useState('1');
  const network = useNetwork(profile.id, Number(depth));
  const data = network.data;

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            Network
          </Title>
          <Group gap="xs">
            <Text id="network-depth-label" size="sm" fw={500}>
              Depth
            </Text>
            <SegmentedControl
              role="radiogroup"
              aria-labelledby="network-depth-label"
              size="xs"
              value={depth}
              onChange={setDepth}
              data={[
                { value: '1', label: '1 step' },
                { value: '2', label: '2 steps' },
                { value: '3', label: '3 steps' },
              ]}
            />
          </Group>
        </Group>
        {network.isError ? (
          <Alert color="red" variant="light">
            The network could not be loaded.
          </Alert>
        ) : !data ? (
          <Group justify="center" h={200}>
            <Loader aria-label="Loading the network" />
          </Group>
        ) : data.nodes.length <= 1 ? (
          <Text c="dimmed" size="sm">
            No one is connected to {profile.displayName} yet.
          </Text>
        ) : (
          <>
            {data.truncated ? (
              <Alert color="yellow" variant="light">
                The network is large: only the nearest 500 constituents are drawn.
              </Alert>
            ) : null}
            <Text size="xs" c="dimmed">
              {data.nodes.length - 1} connected within {depth} {depth === '1' ? 'step' : 'steps'}. Select a name to
              open that constituent; dashed lines are ended relationships.
            </Text>
            <Suspense
              fallback={
                <Group justify="center" h={200}>
                  <Loader aria-label="Loading the drawing" />
                </Group>
              }
            >
              <RelationshipGraph
                network={data}
                centerId={profile.id}
                label={`Relationship network of ${profile.displayName}`}
              />
            </Suspense>
          </>
        )}
      </Stack>
    </Card>
  );
}
