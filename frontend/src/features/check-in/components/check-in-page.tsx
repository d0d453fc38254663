import {
  Alert,
  Badge,
  Button,
  CloseButton,
  FileButton,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconCamera, IconPhoto, IconSearch, IconWifiOff } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { isApiError } from '@/lib/api-client';
import { useCheckInData } from '@/features/check-in/api/check-in';
import { useDoorQueue } from '@/features/check-in/api/use-door-queue';
import { CameraScanner } from '@/features/check-in/components/camera-scanner';
import { PartyPanel } from '@/features/check-in/components/party-panel';
import type { RosterEntry } from '@/features/check-in/types/check-in';
import { applyQueue, countRoster } from '@/features/check-in/utils/check-in-store';
import { count, formatEventTime } from '@/features/check-in/utils/format';
import { decodeQr, prepareDecoder } from '@/features/check-in/utils/qr-decoder';
import { filterRoster, findByCode } from '@/features/check-in/utils/search';

/** With no search typed, the list shows this many parties (the search narrows it). */
const SHOWN = 100;

type ScanMessage = { color: 'red' | 'yellow'; title: string; text: string };

const UNKNOWN_CODE: ScanMessage = {
  color: 'red',
  title: 'Code not on the list',
  text:
    'This QR code belongs to no one expected at this event: the registration may be cancelled or on the waitlist, ' +
    'or the code is for another event. Search the name instead.',
};

function statusLabel(entry: RosterEntry): string {
  if (entry.status === 'ATTENDED') return 'Checked in';
  if (entry.status === 'NO_SHOW') return 'No-show';
  return 'Not checked in';
}

/**
 * The door (phones and tablets first): search by name or scan the QR code of the confirmation email, check a party
 * in with its guests, undo. Keeps the roster and unsent check-ins in the browser, so a lost network does not stop
 * the door (docs/adr/0021).
 */
export function CheckInPage() {
  const { id = '' } = useParams();
  const data = useCheckInData(id);
  const door = useDoorQueue(id);
  const [search, setSearch] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [scannerOpen, setScannerOpen] = useState(false);
  const [scanMessage, setScanMessage] = useState<ScanMessage | null>(null);
  const [decoding, setDecoding] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Cleared after each photo, so the same picture can be chosen again.
  const resetPhoto = useRef<() => void>(null);

  // Load the decoder while the network is there, so scanning works offline later.
  useEffect(() => {
    prepareDecoder().catch(() => undefined);
  }, []);

  const roster = useMemo(() => applyQueue(data.data?.roster ?? [], door.queue), [data.data, door.queue]);
  const counts = countRoster(roster);
  const matches = useMemo(() => filterRoster(roster, search), [roster, search]);
  const shown = matches.slice(0, SHOWN);
  const waitingIds = new Set(door.queue.map((action) => action.registrationId));
  const open = openId ? (roster.find((entry) => entry.registrationId === openId) ?? null) : null;

  function handleCode(text: string) {
    setScannerOpen(false);
    const entry = findByCode(roster, text);
    if (!entry) {
      setScanMessage(UNKNOWN_CODE);
      setAnnouncement(UNKNOWN_CODE.title);
      return;
    }
    setScanMessage(null);
    setOpenId(entry.registrationId);
  }

  async function handlePhoto(file: File | null) {
    if (!file) return;
    setDecoding(true);
    setScanMessage(null);
    try {
      const text = await decodeQr(file);
      if (text) {
        handleCode(text);
      } else {
        const message: ScanMessage = {
          color: 'yellow',
          title: 'No QR code found',
          text: 'No QR code could be read in that picture. Take it again closer and sharper, or search the name.',
        };
        setScanMessage(message);
        setAnnouncement(message.title);
      }
    } catch {
      setScanMessage({
        color: 'red',
        title: 'The picture could not be read',
        text: 'Try another picture, or search the name.',
      });
    } finally {
      setDecoding(false);
      resetPhoto.current?.();
    }
  }

  function checkIn(entry: RosterEntry, guestsCheckedIn: number) {
    door.checkIn(entry, guestsCheckedIn);
    setOpenId(null);
    setAnnouncement(`${entry.name} checked in`);
  }

  function undo(entry: RosterEntry) {
    door.undo(entry);
    setOpenId(null);
    setAnnouncement(`Check-in of ${entry.name} undone`);
  }

  const event = data.data?.event;
  const waiting = door.queue.length;

  return (
    <ContentLayout
      title={event ? `Check-in: ${event.title}` : 'Check-in'}
      description={event ? formatEventTime(event.startsAt, event.timeZone) : undefined}
    >
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>

      {waiting > 0 ? (
        <Alert
          color={door.reachable ? 'blue' : 'yellow'}
          variant="light"
          icon={door.reachable ? <Loader size="xs" /> : <IconWifiOff aria-hidden />}
          data-testid="queue-banner"
        >
          {door.reachable
            ? `Sending ${count(waiting, 'check-in', 'check-ins')}…`
            : `Offline: ${count(waiting, 'check-in', 'check-ins')} waiting to be sent`}
        </Alert>
      ) : null}

      {door.refused.map((item) => (
        <Alert
          key={item.key}
          color="red"
          variant="light"
          role="alert"
          title="Not recorded"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => door.dismissRefused(item.key)}
        >
          {item.message}
        </Alert>
      ))}

      {data.isPending ? (
        <Group gap="sm">
          <Loader size="sm" aria-label="Loading the list" />
          <Text>Loading the list…</Text>
        </Group>
      ) : null}
      {data.isError && !data.data ? (
        <Alert color="red" variant="light" role="alert" title="The list could not be loaded">
          {isApiError(data.error) && data.error.status !== 0
            ? (data.error.problem.detail ?? data.error.problem.title)
            : 'Connect to the network once to load the list; it then stays on this device for the door.'}
        </Alert>
      ) : null}

      {data.data ? (
        <>
          <Paper withBorder p="md" radius="md">
            <Text size="xl" fw={700} data-testid="check-in-counts">
              Checked in {counts.checkedInPeople} of {count(counts.expectedPeople, 'person', 'people')},{' '}
              {counts.checkedInParties} of {count(counts.expectedParties, 'party', 'parties')}
            </Text>
          </Paper>

          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Button size="lg" leftSection={<IconCamera aria-hidden />} onClick={() => setScannerOpen(true)}>
              Scan
            </Button>
            <FileButton
              onChange={(file) => void handlePhoto(file)}
              accept="image/*"
              capture="environment"
              resetRef={resetPhoto}
            >
              {(props) => (
                <Button
                  {...props}
                  size="lg"
                  variant="light"
                  loading={decoding}
                  leftSection={<IconPhoto aria-hidden />}
                >
                  Scan from a photo
                </Button>
              )}
            </FileButton>
          </SimpleGrid>

          {scanMessage ? (
            <Alert
              color={scanMessage.color}
              variant="light"
              title={scanMessage.title}
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setScanMessage(null)}
            >
              {scanMessage.text}
            </Alert>
          ) : null}

          <TextInput
            size="lg"
            label="Search by name"
            placeholder="Registrant or guest"
            leftSection={<IconSearch aria-hidden size={20} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            autoComplete="off"
            rightSection={
              search ? <CloseButton aria-label="Clear the search" onClick={() => setSearch('')} /> : null
            }
          />

          <Text size="sm" c="dimmed" aria-live="polite">
            {search
              ? `${count(matches.length, 'party', 'parties')} found`
              : matches.length > SHOWN
                ? `The first ${SHOWN} of ${matches.length} parties: type a name to find the others`
                : count(matches.length, 'party', 'parties')}
          </Text>

          <Stack gap="xs" component="ul" aria-label="Parties" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {shown.map((entry) => (
              <li key={entry.registrationId}>
                <UnstyledButton
                  onClick={() => setOpenId(entry.registrationId)}
                  w="100%"
                  p="md"
                  style={{
                    border: '1px solid var(--mantine-color-gray-4)',
                    borderRadius: 'var(--mantine-radius-md)',
                    minHeight: 56,
                  }}
                >
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
                        {entry.name}
                      </Text>
                      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {entry.ticketTypeName} · party of {entry.partySize}
                        {entry.guestNames.length > 0 ? ` · with ${entry.guestNames.join(', ')}` : ''}
                      </Text>
                    </Stack>
                    <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
                      <Badge
                        color={entry.status === 'ATTENDED' ? 'green' : entry.status === 'NO_SHOW' ? 'orange' : 'gray'}
                        variant="light"
                      >
                        {statusLabel(entry)}
                      </Badge>
                      {waitingIds.has(entry.registrationId) ? (
                        <Badge color="yellow" variant="light">
                          Queued
                        </Badge>
                      ) : null}
                    </Stack>
                  </Group>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        </>
      ) : null}

      <PartyPanel
        entry={open}
        waiting={open ? waitingIds.has(open.registrationId) : false}
        onClose={() => setOpenId(null)}
        onCheckIn={checkIn}
        onUndo={undo}
      />
      <CameraScanner opened={scannerOpen} onClose={() => setScannerOpen(false)} onCode={handleCode} />
    </ContentLayout>
  );
}
