import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { formatDateTime } from '@/utils/format';
import { useMergeHistory, useUndoMerge } from '@/features/constituent-profile/api/merges';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import type { ConstituentRef, Merge } from '@/features/constituent-profile/types/profile';
import { humanizeField } from '@/features/constituent-profile/utils/labels';
import { hasMessage, listOf, message } from '@/i18n/messages';

function RefLink({ constituent, currentId }: { constituent: ConstituentRef; currentId: string }) {
  if (constituent.id === currentId) return <strong>{constituent.displayName}</strong>;
  return (
    <Anchor component={Link} to={`/constituents/${constituent.id}`} size="sm" fw={600}>
      {constituent.displayName}
    </Anchor>
  );
}

/** "Moved: 1 address and 2 gifts." from the message catalogue, with the language's plural rules. */
export function movedText(moved: Record<string, number>): string {
  const parts = Object.entries(moved)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => {
      const id = `merge.moved.${kind}`;
      return hasMessage(id) ? message(id, { count }) : message('merge.moved.other', { kind, count });
    });
  return parts.length > 0 ? message('merge.moved', { list: listOf(parts) }) : message('merge.movedNothing');
}

type MergeHistoryPanelProps = {
  constituentId: string;
  isAdmin: boolean;
};

/** The merges this constituent took part in; administrators can undo one. */
export function MergeHistoryPanel({ constituentId, isAdmin }: MergeHistoryPanelProps) {
  const merges = useMergeHistory(constituentId, true);
  const undo = useUndoMerge();
  const [undoing, setUndoing] = useState<Merge | null>(null);

  const onUndo = () => {
    if (!undoing) return;
    const merge = undoing;
    undo.mutate(merge.id, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          message: `Merge undone: ${merge.duplicate.displayName} is back as a separate constituent.`,
        });
        setUndoing(null);
      },
    });
  };

  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        Merge history
      </Title>
      {merges.isLoading ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : merges.isError ? (
        <Text size="sm" c="red.9">
          The merge history could not be loaded.
        </Text>
      ) : (merges.data ?? []).length === 0 ? (
        <Text size="sm" c="dimmed">
          This constituent has not been merged with another.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" aria-label="Merges" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {(merges.data ?? []).map((merge) => (
            <Card key={merge.id} withBorder padding="sm" component="li">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4}>
                  <Text size="sm">
                    <RefLink constituent={merge.duplicate} currentId={constituentId} /> merged into{' '}
                    <RefLink constituent={merge.survivor} currentId={constituentId} />
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(merge.mergedAt)} by {merge.mergedBy}
                  </Text>
                  <Text size="xs">
                    {merge.filledFields.length > 0
                      ? `Filled: ${merge.filledFields.map(humanizeField).join(', ')}. `
                      : ''}
                    {movedText(merge.moved)}
                  </Text>
                  {merge.undoneAt ? (
                    <Group gap="xs">
                      <Badge size="xs" color="gray" variant="filled">
                        Undone
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(merge.undoneAt)} by {merge.undoneBy}
                      </Text>
                    </Group>
                  ) : null}
                </Stack>
                {isAdmin && !merge.undoneAt ? (
                  <Button
                    size="xs"
                    variant="light"
                    color="orange"
                    leftSection={<IconArrowBackUp size={16} aria-hidden />}
                    onClick={() => setUndoing(merge)}
                    aria-label={`Undo the merge of ${merge.duplicate.displayName} into ${merge.survivor.displayName}`}
                  >
                    Undo
                  </Button>
                ) : null}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <ConfirmModal
        opened={undoing !== null}
        title="Undo merge"
        confirmLabel="Undo merge"
        color="orange"
        loading={undo.isPending}
        onClose={() => setUndoing(null)}
        onConfirm={onUndo}
      >
        <strong>{undoing?.duplicate.displayName}</strong> comes back as a separate constituent, with the emails,
        addresses, relationships, interactions and other records that moved to{' '}
        <strong>{undoing?.survivor.displayName}</strong> in this merge.
      </ConfirmModal>
    </Stack>
  );
}
