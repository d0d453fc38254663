import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowRight, IconCrown, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';

import { hasMessage, listOf, message } from '@/i18n/messages';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import { useMerge, useMergePreview } from '@/features/duplicates/api/duplicates';
import type { MergePreview, MergeRecord, MergeResult } from '@/features/duplicates/types/duplicates';
import {
  formatAddress,
  formatDate,
  householdChangeText,
  humanizeField,
  TYPE_LABELS,
} from '@/features/duplicates/utils/format';

type MergeReviewModalProps = {
  /** The two records, in the order shown (left, right); null when closed. */
  pair: { firstId: string; secondId: string; survivorId: string } | null;
  onClose: () => void;
  onMerged: (result: MergeResult, duplicateName: string) => void;
};

export function MergeReviewModal({ pair, onClose, onMerged }: MergeReviewModalProps) {
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal
      opened={pair !== null}
      onClose={onClose}
      title={<Text fw={700} size="lg">Review possible duplicate</Text>}
      size="xl"
      fullScreen={phone}
    >
      {pair ? (
        <MergeReview key={`${pair.firstId}:${pair.secondId}`} {...pair} onCancel={onClose} onMerged={onMerged} />
      ) : null}
    </Modal>
  );
}

type MergeReviewProps = {
  firstId: string;
  secondId: string;
  survivorId: string;
  onCancel: () => void;
  onMerged: (result: MergeResult, duplicateName: string) => void;
};

/** Both records side by side, which one is kept, and everything the merge would move. */
export function MergeReview({ firstId, secondId, survivorId: initialSurvivor, onCancel, onMerged }: MergeReviewProps) {
  const [survivorId, setSurvivorId] = useState(initialSurvivor === secondId ? secondId : firstId);
  const duplicateId = survivorId === firstId ? secondId : firstId;
  const preview = useMergePreview(survivorId, duplicateId);
  const merge = useMerge();
  const [reason, setReason] = useState('');
  // the fields taken from the merged-in record, for the survivor chosen (choosing the other one starts afresh)
  const [fromDuplicate, setFromDuplicate] = useState<{ survivorId: string; fields: string[] }>({
    survivorId,
    fields: [],
  });
  const chosen = fromDuplicate.survivorId === survivorId ? fromDuplicate.fields : [];
  // While the other choice loads, the last preview stays on screen (the columns do not jump).
  const data = preview.data;
  const records = data
    ? [data.survivor, data.duplicate].sort((a, b) => (a.id === firstId ? -1 : b.id === firstId ? 1 : 0))
    : [];

  if (preview.isError && !data) {
    const error = preview.error;
    return (
      <Stack gap="md">
        <Alert color="red" variant="light" role="alert" title={isApiError(error) ? error.problem.title : 'Preview failed'}>
          {isApiError(error) ? (error.problem.detail ?? 'These records cannot be merged.') : 'The preview could not be loaded.'}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Close
          </Button>
        </Group>
      </Stack>
    );
  }

  if (!data) {
    return (
      <Group justify="center" py="xl">
        <Loader aria-label="Loading the merge preview" />
      </Group>
    );
  }

  const current = !preview.isPlaceholderData && data.survivor.id === survivorId ? data : null;
  const survivorName = records.find((record) => record.id === survivorId)?.displayName ?? '';
  const duplicateName = records.find((record) => record.id === duplicateId)?.displayName ?? '';

  const confirm = () => {
    if (!current) return;
    const { survivor, duplicate } = current;
    merge.mutate(
      {
        survivorId: survivor.id,
        request: {
          duplicateId: duplicate.id,
          version: survivor.version,
          reason: reason.trim() || null,
          fromDuplicate: chosen.filter((field) => current.choices.some((choice) => choice.field === field)),
        },
      },
      { onSuccess: (result) => onMerged(result, duplicate.displayName) },
    );
  };

  return (
    <Stack gap="lg">
      <Radio.Group
        label="Which record is kept?"
        description="The other one is merged into it: its details fill the gaps and its records move over."
        value={survivorId}
        onChange={setSurvivorId}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" spacing="md">
          {records.map((record, index) => (
            <RecordColumn
              key={record.id}
              record={record}
              side={index === 0 ? 'First record' : 'Second record'}
              kept={record.id === survivorId}
            />
          ))}
        </SimpleGrid>
      </Radio.Group>

      {current && current.choices.length > 0 ? (
        <MergeChoices
          preview={current}
          chosen={chosen}
          onChange={(fields) => setFromDuplicate({ survivorId, fields })}
        />
      ) : null}

      <Card withBorder padding="md" component="section" aria-labelledby="merge-effects-title">
        <Stack gap="sm">
          <Group gap="xs">
            <Title order={3} size="h5" id="merge-effects-title">
              What the merge does
            </Title>
            {preview.isFetching ? <Loader size="xs" aria-label="Updating the preview" /> : null}
          </Group>
          {current ? (
            <MergeEffects preview={current} />
          ) : (
            <Text size="sm" c="dimmed">
              Working out the merge…
            </Text>
          )}
        </Stack>
      </Card>

      <Textarea
        label="Reason"
        description="Optional; kept in the audit log"
        maxLength={500}
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />

      {merge.error ? (
        <Alert color="red" variant="light" role="alert" title={isApiError(merge.error) ? merge.error.problem.title : 'Merge failed'}>
          {isApiError(merge.error)
            ? merge.error.code === 'common.stale-version'
              ? 'One of the records changed since this preview. Check the preview again, then merge.'
              : (merge.error.problem.detail ?? 'The records could not be merged.')
            : 'The records could not be merged.'}
        </Alert>
      ) : null}

      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button
          color="red"
          leftSection={<IconArrowRight size={18} aria-hidden />}
          disabled={!current}
          loading={merge.isPending}
          onClick={confirm}
        >
          Merge {duplicateName} into {survivorName}
        </Button>
      </Group>
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Lines({ values }: { values: string[] }) {
  if (values.length === 0) return <>—</>;
  return (
    <>
      {values.map((value) => (
        <div key={value} style={{ wordBreak: 'break-word' }}>
          {value}
        </div>
      ))}
    </>
  );
}

function RecordColumn({ record, side, kept }: { record: MergeRecord; side: string; kept: boolean }) {
  const flags = [
    record.deceased ? 'Deceased' : null,
    record.doNotContact ? 'Do not contact' : null,
    record.doNotSolicit ? 'Do not solicit' : null,
  ].filter((flag): flag is string => flag !== null);
  return (
    <Card
      withBorder
      padding="md"
      aria-label={`${side}: ${record.displayName}`}
      style={{ borderColor: kept ? 'var(--mantine-color-green-7)' : undefined, borderWidth: kept ? 2 : 1 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {side}
            </Text>
            <Anchor component={Link} to={`/constituents/${record.id}`} target="_blank" fw={700}>
              {record.displayName}
            </Anchor>
          </Stack>
          {kept ? (
            <Badge color="green" variant="filled" leftSection={<IconCrown size={12} aria-hidden />} style={{ flexShrink: 0 }}>
              Kept
            </Badge>
          ) : (
            <Badge color="red" variant="light" leftSection={<IconTrash size={12} aria-hidden />} style={{ flexShrink: 0 }}>
              Merged in
            </Badge>
          )}
        </Group>
        <Radio
          value={record.id}
          label="Keep this record"
          aria-label={`Keep ${record.displayName} (${side.toLowerCase()})`}
        />
        <Row label="Type">{TYPE_LABELS[record.type]}</Row>
        {record.type === 'INDIVIDUAL' ? (
          <Row label="Name">
            {[record.firstName, record.middleName, record.lastName].filter(Boolean).join(' ') || '—'}
            {record.preferredName ? ` (“${record.preferredName}”)` : ''}
          </Row>
        ) : null}
        {record.type === 'INDIVIDUAL' ? <Row label="Born">{formatDate(record.birthDate)}</Row> : null}
        <Row label="Emails">
          <Lines values={record.emails.map((email) => `${email.address}${email.primary ? ' (primary)' : ''}`)} />
        </Row>
        <Row label="Phones">
          <Lines values={record.phones.map((phone) => `${phone.number}${phone.primary ? ' (primary)' : ''}`)} />
        </Row>
        <Row label="Addresses">
          <Lines
            values={record.addresses.map(
              (address) => `${formatAddress(address)}${address.primary ? ' (primary)' : ''}`,
            )}
          />
        </Row>
        <Row label="Tags">{record.tags.length > 0 ? record.tags.join(', ') : '—'}</Row>
        <Row label="Household">{record.household?.displayName ?? '—'}</Row>
        {flags.length > 0 ? <Row label="Flags">{flags.join(', ')}</Row> : null}
        <Row label="Created">
          {formatDateTime(record.createdAt)} by {record.createdBy}
        </Row>
      </Stack>
    </Card>
  );
}

/** "2 gifts", "1 event registration": from the message catalogue. */
function movedCount(kind: string, count: number): string {
  const id = `merge.moved.${kind}`;
  return hasMessage(id) ? message(id, { count }) : message('merge.moved.other', { kind, count });
}

const CHOICE_LABELS: Record<string, string> = {
  primaryEmail: 'Primary email',
  primaryPhone: 'Primary phone',
  primaryAddress: 'Primary address',
};

/** Field by field, which value the kept record ends up with where the two differ. */
function MergeChoices({
  preview,
  chosen,
  onChange,
}: {
  preview: MergePreview;
  chosen: string[];
  onChange: (fields: string[]) => void;
}) {
  const { survivor, duplicate, choices } = preview;
  const show = (field: string, value: string) => (field === 'birthDate' || field === 'deceasedDate' ? formatDate(value) : value);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="merge-choices-title">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id="merge-choices-title">
            Where the records differ
          </Title>
          <Text size="sm" c="dimmed">
            Choose the value {survivor.displayName} keeps; the other one is not kept (an undo brings it back).
          </Text>
        </div>
        {choices.map((choice) => {
          const label = CHOICE_LABELS[choice.field] ?? humanizeField(choice.field);
          return (
            <Radio.Group
              key={choice.field}
              label={label}
              value={chosen.includes(choice.field) ? 'duplicate' : 'survivor'}
              onChange={(side) =>
                onChange(
                  side === 'duplicate'
                    ? [...chosen.filter((field) => field !== choice.field), choice.field]
                    : chosen.filter((field) => field !== choice.field),
                )
              }
            >
              <Stack gap={6} mt={4}>
                <Radio
                  value="survivor"
                  label={show(choice.field, choice.survivorValue)}
                  aria-label={`${label}: ${show(choice.field, choice.survivorValue)} (from ${survivor.displayName})`}
                  styles={{ label: { wordBreak: 'break-word' } }}
                />
                <Radio
                  value="duplicate"
                  label={show(choice.field, choice.duplicateValue)}
                  aria-label={`${label}: ${show(choice.field, choice.duplicateValue)} (from ${duplicate.displayName})`}
                  styles={{ label: { wordBreak: 'break-word' } }}
                />
              </Stack>
            </Radio.Group>
          );
        })}
      </Stack>
    </Card>
  );
}

function MergeEffects({ preview }: { preview: MergePreview }) {
  const { survivor, duplicate, fields, moves, household, participants } = preview;
  const names = { survivor: survivor.displayName, duplicate: duplicate.displayName };
  const moving: { label: string; items: string[] }[] = [
    { label: 'Emails', items: moves.emails.map((email) => email.address) },
    { label: 'Phones', items: moves.phones.map((phone) => phone.number) },
    { label: 'Addresses', items: moves.addresses.map(formatAddress) },
    { label: 'Tags', items: moves.tags },
    { label: 'External ids', items: moves.externalIds.map((external) => `${external.source}: ${external.id}`) },
  ].filter((group) => group.items.length > 0);
  const records = participants.filter((participant) => participant.count > 0);
  const householdText = householdChangeText(household.action, household.household?.displayName ?? null, household.members, names);

  return (
    <Stack gap="sm">
      <List size="sm" spacing={6}>
        {fields.length > 0 ? (
          <List.Item>
            Fills {survivor.displayName}’s empty details:{' '}
            {fields.map((fill) => `${humanizeField(fill.field)} (${fill.duplicateValue})`).join(', ')}.
          </List.Item>
        ) : null}
        {moving.map((group) => (
          <List.Item key={group.label}>
            {group.label} moving to {survivor.displayName}: {group.items.join('; ')}
          </List.Item>
        ))}
        {records.length > 0 ? (
          <List.Item>
            Records moving: {listOf(records.map((participant) => movedCount(participant.name, participant.count)))}.
          </List.Item>
        ) : null}
        {householdText ? <List.Item>{householdText}</List.Item> : null}
        {fields.length === 0 && moving.length === 0 && records.length === 0 && !householdText ? (
          <List.Item>Nothing moves: {duplicate.displayName} has nothing {survivor.displayName} lacks.</List.Item>
        ) : null}
        <List.Item>
          {duplicate.displayName} is then removed from lists and searches. An administrator can undo the merge
          from {survivor.displayName}’s page.
        </List.Item>
      </List>
    </Stack>
  );
}
