import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { formatDateTime } from '@/utils/format';
import { useConsentLedger } from '@/features/constituent-profile/api/consent';
import { RecordConsentForm } from '@/features/constituent-profile/components/record-consent-form';
import {
  CONSENT_CHANNELS,
  CONSENT_PURPOSES,
  type ConsentState,
  type ConsentSummary,
} from '@/features/constituent-profile/types/profile';
import { formatDate } from '@/features/constituent-profile/utils/dates';
import {
  CONSENT_CHANNEL_ICONS,
  CONSENT_CHANNEL_LABELS,
  CONSENT_PURPOSE_LABELS,
} from '@/features/constituent-profile/utils/labels';

function StateCell({ state }: { state: ConsentState | undefined }) {
  if (!state) return <Text size="sm">—</Text>;
  const label = state.status === 'OPT_IN' ? 'Opted in' : state.status === 'OPT_OUT' ? 'Opted out' : 'No choice';
  const color = state.status === 'OPT_IN' ? 'green' : state.status === 'OPT_OUT' ? 'red' : 'gray';
  return (
    <Stack gap={2}>
      <Badge size="sm" variant="light" color={color}>
        {label}
      </Badge>
      <Group gap={4} wrap="nowrap">
        {state.contactable ? (
          <IconCheck size={14} color="var(--mantine-color-green-8)" aria-hidden />
        ) : (
          <IconBan size={14} color="var(--mantine-color-red-8)" aria-hidden />
        )}
        <Text size="xs" c={state.contactable ? 'dimmed' : 'red.9'}>
          {state.contactable ? 'May contact' : 'Do not contact'}
        </Text>
      </Group>
      {state.since ? (
        <Text size="xs" c="dimmed">
          since {formatDate(state.since)}
        </Text>
      ) : null}
    </Stack>
  );
}

type ConsentPanelProps = {
  constituentId: string;
  consent: ConsentSummary;
  canWrite: boolean;
};

/** The current choice per channel and purpose, and the ledger of every statement behind it. */
export function ConsentPanel({ constituentId, consent, canWrite }: ConsentPanelProps) {
  const [recording, setRecording] = useState(false);
  const ledger = useConsentLedger(constituentId);
  const state = (channel: string, purpose: string) =>
    consent.preferences.find((entry) => entry.channel === channel && entry.purpose === purpose);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={3} size="h4">
          Communication preferences
        </Title>
        {canWrite ? (
          <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRecording(true)}>
            Record consent
          </Button>
        ) : null}
      </Group>

      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder verticalSpacing="xs" aria-label="Current consent">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Channel</Table.Th>
              {CONSENT_PURPOSES.map((purpose) => (
                <Table.Th key={purpose} scope="col">
                  {CONSENT_PURPOSE_LABELS[purpose]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {CONSENT_CHANNELS.map((channel) => {
              const Icon = CONSENT_CHANNEL_ICONS[channel];
              return (
                <Table.Tr key={channel}>
                  <Table.Th scope="row">
                    <Group gap={6} wrap="nowrap">
                      <Icon size={16} aria-hidden />
                      {CONSENT_CHANNEL_LABELS[channel]}
                    </Group>
                  </Table.Th>
                  {CONSENT_PURPOSES.map((purpose) => (
                    <Table.Td key={purpose}>
                      <StateCell state={state(channel, purpose)} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Stack gap="xs">
        <Title order={3} size="h5">
          History
        </Title>
        {ledger.isLoading ? (
          <Text size="sm" c="dimmed">
            Loading…
          </Text>
        ) : ledger.isError ? (
          <Text size="sm" c="red.9">
            The consent history could not be loaded.
          </Text>
        ) : (ledger.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            No consent recorded yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs" aria-label="Consent history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Effective</Table.Th>
                  <Table.Th>Channel</Table.Th>
                  <Table.Th>Purpose</Table.Th>
                  <Table.Th>Choice</Table.Th>
                  <Table.Th>Statement and source</Table.Th>
                  <Table.Th>Recorded</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(ledger.data ?? []).map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{formatDate(entry.effectiveDate)}</Table.Td>
                    <Table.Td>{CONSENT_CHANNEL_LABELS[entry.channel] ?? entry.channel}</Table.Td>
                    <Table.Td>{CONSENT_PURPOSE_LABELS[entry.purpose] ?? entry.purpose}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={entry.status === 'OPT_IN' ? 'green' : 'red'}>
                        {entry.status === 'OPT_IN' ? 'Opt in' : 'Opt out'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {entry.statement ? <Text size="sm">“{entry.statement}”</Text> : null}
                      <Text size="xs" c="dimmed">
                        {entry.source}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{formatDateTime(entry.recordedAt)}</Text>
                      <Text size="xs" c="dimmed">
                        by {entry.recordedBy}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Modal opened={recording} onClose={() => setRecording(false)} title="Record consent" size="lg">
        {recording ? (
          <RecordConsentForm
            constituentId={constituentId}
            onCancel={() => setRecording(false)}
            onRecorded={(entry) => {
              notifications.show({
                color: 'green',
                message: `${entry.status === 'OPT_IN' ? 'Opt-in' : 'Opt-out'} for ${CONSENT_PURPOSE_LABELS[entry.purpose].toLowerCase()} by ${CONSENT_CHANNEL_LABELS[entry.channel].toLowerCase()} recorded.`,
              });
              setRecording(false);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
