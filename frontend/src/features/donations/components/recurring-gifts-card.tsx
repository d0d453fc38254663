import { Alert, Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import type { ConstituentSearchItem } from '@/types/constituents';
import { formatMoney } from '@/utils/money';
import { useDonorRecurringGifts } from '@/features/donations/api/recurring-gifts';
import { RecurringGiftDrawer } from '@/features/donations/components/recurring-gift-drawer';
import { formatDay } from '@/features/donations/utils/labels';
import {
  describeSchedule,
  RECURRING_STATUS_COLORS,
  RECURRING_STATUS_LABELS,
} from '@/features/donations/utils/recurring-labels';

/** The 360° view's recurring gifts of a donor (closed ones last) and a button to set one up. */
export function RecurringGiftsCard({ constituent }: { constituent: ConstituentSearchItem }) {
  const list = useDonorRecurringGifts(constituent.id);
  const [creating, setCreating] = useState(false);
  const items = [...(list.data?.items ?? [])].sort((a, b) => Number(a.status === 'CLOSED') - Number(b.status === 'CLOSED'));

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="recurring-card-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="recurring-card-title">
            Recurring gifts
          </Title>
          <Button size="xs" variant="light" leftSection={<IconRepeat size={16} aria-hidden />} onClick={() => setCreating(true)}>
            Set up
          </Button>
        </Group>
        {list.isPending ? (
          <Skeleton height={48} aria-label="Loading recurring gifts" />
        ) : list.isError ? (
          <Alert color="red" variant="light">
            The recurring gifts could not be loaded.
          </Alert>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No recurring gift.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((item) => (
              <li key={item.id}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Anchor component={Link} to={`/gifts/recurring/${item.id}`} size="sm">
                    {formatMoney(item.amount, item.currency)} {describeSchedule(item.frequency, item.intervalCount, item.dayOfMonth).toLowerCase()}
                  </Anchor>
                  <Badge size="sm" variant="light" color={RECURRING_STATUS_COLORS[item.status]}>
                    {RECURRING_STATUS_LABELS[item.status]}
                  </Badge>
                </Group>
                {item.nextExpectedOn ? (
                  <Text size="xs" c="dimmed">
                    Next expected {formatDay(item.nextExpectedOn)} · {item.missedCount} missed
                  </Text>
                ) : null}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      <RecurringGiftDrawer opened={creating} onClose={() => setCreating(false)} donor={constituent} />
    </Card>
  );
}
