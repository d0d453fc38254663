import { ActionIcon, Badge, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import type { RosterEntry } from '@/features/check-in/types/check-in';
import { count, formatTime } from '@/features/check-in/utils/format';

type PartyPanelProps = {
  entry: RosterEntry | null;
  /** Whether an action for this party is still waiting to be sent. */
  waiting: boolean;
  onClose: () => void;
  onCheckIn: (entry: RosterEntry, guestsCheckedIn: number) => void;
  onUndo: (entry: RosterEntry) => void;
};

/** One party at the door: who is in it, how many of the guests came, "Check in" and "Undo check-in". */
export function PartyPanel({ entry, waiting, onClose, onCheckIn, onUndo }: PartyPanelProps) {
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal opened={entry !== null} onClose={onClose} title={entry?.name ?? ''} fullScreen={phone} size="md">
      {entry ? (
        <PartyDetails
          key={`${entry.registrationId}:${entry.status}:${entry.guestsCheckedIn}`}
          entry={entry}
          waiting={waiting}
          onCheckIn={onCheckIn}
          onUndo={onUndo}
        />
      ) : null}
    </Modal>
  );
}

function PartyDetails({ entry, waiting, onCheckIn, onUndo }: Omit<PartyPanelProps, 'entry' | 'onClose'> & { entry: RosterEntry }) {
  const attended = entry.status === 'ATTENDED';
  const guests = entry.partySize - 1;
  // Named guests first in the count, then the unnamed ones; a party not yet in: everyone came.
  const initialCame = attended ? entry.guestsCheckedIn : guests;
  const initialNamed = Math.min(initialCame, entry.guestNames.length);
  const [named, setNamed] = useState<boolean[]>(() => entry.guestNames.map((_, index) => index < initialNamed));
  const [unnamed, setUnnamed] = useState(() => Math.min(entry.unnamedGuests, Math.max(0, initialCame - initialNamed)));
  const came = Math.min(guests, named.filter(Boolean).length + unnamed);

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={attended ? 'green' : entry.status === 'NO_SHOW' ? 'orange' : 'gray'} size="lg" variant="light">
          {attended ? `Checked in ${formatTime(entry.checkedInAt)}` : entry.status === 'NO_SHOW' ? 'No-show' : 'Not checked in'}
        </Badge>
        {waiting ? (
          <Badge color="yellow" size="lg" variant="light">
            Queued
          </Badge>
        ) : null}
      </Group>
      <Text>
        {entry.ticketTypeName} · party of {entry.partySize}
      </Text>
      {guests > 0 ? (
        <Stack gap="sm">
          <Text fw={600} id={`guests-${entry.registrationId}`}>
            Guests who came ({came} of {guests})
          </Text>
          {entry.guestNames.map((guest, index) => (
            <Checkbox
              key={`${guest}-${index}`}
              size="md"
              label={guest}
              checked={named[index] ?? false}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setNamed((current) => current.map((value, i) => (i === index ? checked : value)));
              }}
            />
          ))}
          {entry.unnamedGuests > 0 ? (
            <Group gap="sm" wrap="nowrap">
              <ActionIcon
                size="xl"
                variant="default"
                aria-label="One unnamed guest fewer"
                disabled={unnamed <= 0}
                onClick={() => setUnnamed((value) => Math.max(0, value - 1))}
              >
                <IconMinus aria-hidden />
              </ActionIcon>
              <Text size="lg" fw={600} miw="2ch" ta="center" aria-live="polite" data-testid="unnamed-guests">
                {unnamed}
              </Text>
              <ActionIcon
                size="xl"
                variant="default"
                aria-label="One unnamed guest more"
                disabled={unnamed >= entry.unnamedGuests}
                onClick={() => setUnnamed((value) => Math.min(entry.unnamedGuests, value + 1))}
              >
                <IconPlus aria-hidden />
              </ActionIcon>
              <Text size="sm">of {count(entry.unnamedGuests, 'unnamed guest', 'unnamed guests')}</Text>
            </Group>
          ) : null}
        </Stack>
      ) : null}
      {attended ? (
        <Stack gap="sm">
          {guests > 0 && came !== entry.guestsCheckedIn ? (
            <Button size="lg" onClick={() => onCheckIn(entry, came)}>
              Save guests
            </Button>
          ) : null}
          <Button size="lg" color="red" variant="light" onClick={() => onUndo(entry)}>
            Undo check-in
          </Button>
        </Stack>
      ) : (
        <Button size="lg" onClick={() => onCheckIn(entry, came)}>
          Check in{guests > 0 ? ` (${count(1 + came, 'person', 'people')})` : ''}
        </Button>
      )}
    </Stack>
  );
}
