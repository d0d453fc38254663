import {
  ActionIcon,
  Button,
  Group,
  Menu,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  IconBookmark,
  IconBookmarkPlus,
  IconChevronDown,
  IconPencil,
  IconSettings,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';

import { isApiError, type Violation } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import {
  useCreateSegment,
  useDeleteSegment,
  useSegments,
  useUpdateSegment,
} from '@/features/constituents/api/segments';
import { NoticeAlert } from '@/components/ui/notice-alert';
import type { SearchCriteria, Segment } from '@/features/constituents/types/constituent';
import { describeCriteria } from '@/features/constituents/utils/describe-criteria';
import {
  fromSegmentCriteria,
  hasAnyCriteria,
  toSegmentCriteria,
} from '@/features/constituents/utils/search-params';

type SavedSearchesProps = {
  criteria: SearchCriteria;
  onApply: (criteria: SearchCriteria) => void;
  canWrite: boolean;
};

/** Run a saved search (segment), save the current one, and (writers) rename and delete saved searches. */
export function SavedSearches({ criteria, onApply, canWrite }: SavedSearchesProps) {
  const segments = useSegments();
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const [renaming, setRenaming] = useState<Segment | null>(null);
  const list = segments.data ?? [];
  // Renaming starts from the list of saved searches and goes back to it.
  const closeRename = () => {
    setRenaming(null);
    setManaging(true);
  };

  return (
    <Group gap="xs" wrap="wrap">
      <Menu position="bottom-end" withinPortal shadow="md" width={300}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
          >
            Saved searches
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {segments.isPending ? <Menu.Label>Loading…</Menu.Label> : null}
          {segments.isError ? <Menu.Label>The saved searches could not be loaded</Menu.Label> : null}
          {segments.isSuccess && list.length === 0 ? (
            <Menu.Label>No saved searches yet</Menu.Label>
          ) : null}
          {list.map((segment) => (
            <Menu.Item key={segment.id} onClick={() => onApply(fromSegmentCriteria(segment.criteria))}>
              <Text size="sm" fw={500}>
                {segment.name}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {segment.description ?? describeCriteria(fromSegmentCriteria(segment.criteria))}
              </Text>
            </Menu.Item>
          ))}
          {canWrite && list.length > 0 ? (
            <>
              <Menu.Divider />
              <Menu.Item leftSection={<IconSettings size={16} aria-hidden />} onClick={() => setManaging(true)}>
                Rename or delete saved searches
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      {canWrite ? (
        <Button
          variant="default"
          leftSection={<IconBookmarkPlus size={18} aria-hidden />}
          onClick={() => setSaving(true)}
          disabled={!hasAnyCriteria(criteria)}
          title={hasAnyCriteria(criteria) ? undefined : 'Search or filter first, then save the search'}
        >
          Save search
        </Button>
      ) : null}

      <Modal opened={saving} onClose={() => setSaving(false)} title="Save search" centered>
        {saving ? <SaveSearchForm criteria={criteria} onDone={() => setSaving(false)} /> : null}
      </Modal>
      <Modal opened={managing} onClose={() => setManaging(false)} title="Saved searches" centered size="lg">
        <ManageSavedSearches
          segments={list}
          onRename={(segment) => {
            setManaging(false);
            setRenaming(segment);
          }}
        />
      </Modal>
      <Modal opened={renaming !== null} onClose={closeRename} title="Rename saved search" centered size="sm">
        {renaming ? <RenameSearchForm segment={renaming} onDone={closeRename} /> : null}
      </Modal>
    </Group>
  );
}

const SEGMENT_FIELDS = ['name', 'description'] as const;

function SaveSearchForm({ criteria, onDone }: { criteria: SearchCriteria; onDone: () => void }) {
  const createSegment = useCreateSegment();
  const form = useForm({
    initialValues: { name: '', description: '' },
    validate: { name: (value) => (value.trim() ? null : 'Give the search a name') },
  });
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = form.onSubmit((values) => {
    setUnmatched([]);
    setFailure(null);
    createSegment.mutate(
      {
        name: values.name.trim(),
        description: values.description.trim() || null,
        criteria: toSegmentCriteria(criteria),
      },
      {
        onSuccess: (segment) => {
          notifications.show({ color: 'green', message: `Search “${segment.name}” saved.` });
          onDone();
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === 'segments.name-taken') {
            form.setFieldError('name', 'A saved search already has this name');
          } else if (error.violations.length > 0) {
            const mapped = violationsToFormErrors(error.violations, SEGMENT_FIELDS);
            form.setErrors(mapped.errors);
            setUnmatched(mapped.unmatched);
          } else {
            setFailure(error.problem.detail ?? error.problem.title);
          }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Save search">
      <Stack gap="md">
        <Text size="sm">
          Saves these filters, not the results: the search runs again on current data each time.
        </Text>
        <Text size="sm" fw={500}>
          {describeCriteria(criteria)}
        </Text>
        {unmatched.length > 0 || failure ? (
          <NoticeAlert color="red" role="alert" title="The search could not be saved">
            {failure}
            {unmatched.map((violation) => (
              <div key={`${violation.field}:${violation.message}`}>
                {violation.field}: {violation.message}
              </div>
            ))}
          </NoticeAlert>
        ) : null}
        <TextInput label="Name" required data-autofocus maxLength={200} {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={2} maxLength={500} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={createSegment.isPending}>
            Save search
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RenameSearchForm({ segment, onDone }: { segment: Segment; onDone: () => void }) {
  const updateSegment = useUpdateSegment();
  const form = useForm({
    initialValues: { name: segment.name },
    validate: { name: (value) => (value.trim() ? null : 'Give the search a name') },
  });
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = form.onSubmit((values) => {
    setFailure(null);
    const name = values.name.trim();
    if (name === segment.name) {
      onDone();
      return;
    }
    updateSegment.mutate(
      {
        id: segment.id,
        request: { name, description: segment.description, criteria: segment.criteria, version: segment.version },
      },
      {
        onSuccess: (renamed) => {
          notifications.show({ color: 'green', message: `Saved search renamed to “${renamed.name}”.` });
          onDone();
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === 'segments.name-taken') {
            form.setFieldError('name', 'A saved search already has this name');
          } else if (error.code === 'common.stale-version') {
            setFailure('Someone changed this saved search meanwhile. Close this and rename it again.');
          } else if (error.code === 'segments.not-found') {
            setFailure('This saved search was deleted meanwhile.');
          } else if (error.violations.length > 0) {
            const mapped = violationsToFormErrors(error.violations, ['name']);
            form.setErrors(mapped.errors);
            if (mapped.unmatched.length > 0) {
              setFailure(mapped.unmatched.map((v) => `${v.field}: ${v.message}`).join('; '));
            }
          } else {
            setFailure(error.problem.detail ?? error.problem.title);
          }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Rename saved search">
      <Stack gap="md">
        {failure ? (
          <NoticeAlert color="red" role="alert" title="The search could not be renamed">
            {failure}
          </NoticeAlert>
        ) : null}
        <TextInput label="Name" required data-autofocus maxLength={200} {...form.getInputProps('name')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={updateSegment.isPending}>
            Rename
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ManageSavedSearches({
  segments,
  onRename,
}: {
  segments: Segment[];
  onRename: (segment: Segment) => void;
}) {
  const deleteSegment = useDeleteSegment();
  const [confirming, setConfirming] = useState<Segment | null>(null);

  if (confirming) {
    return (
      <Stack gap="md">
        <Text size="sm">
          Delete the saved search <strong>{confirming.name}</strong>? The constituents it finds are not
          touched.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(null)}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={deleteSegment.isPending}
            onClick={() =>
              deleteSegment.mutate(confirming.id, {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: `Saved search “${confirming.name}” deleted.` });
                  setConfirming(null);
                },
              })
            }
          >
            Delete saved search
          </Button>
        </Group>
      </Stack>
    );
  }

  if (segments.length === 0) return <Text size="sm">No saved searches.</Text>;
  return (
    <Table aria-label="Saved searches" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Filters</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {segments.map((segment) => (
          <Table.Tr key={segment.id}>
            <Table.Td>{segment.name}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {describeCriteria(fromSegmentCriteria(segment.criteria))}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  aria-label={`Rename saved search ${segment.name}`}
                  onClick={() => onRename(segment)}
                >
                  <IconPencil size={18} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Delete saved search ${segment.name}`}
                  onClick={() => setConfirming(segment)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
